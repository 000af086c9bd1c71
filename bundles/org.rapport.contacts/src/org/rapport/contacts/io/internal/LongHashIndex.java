package org.rapport.contacts.io.internal;

/**
 * A map from 64-bit keys to ids in two long arrays (open addressing), so that the match keys of a million people fit
 * in about 50 MB instead of the several hundred MB of a HashMap of strings. Keys are hashes of text; a collision
 * (rare: one in about 10^12 for a million keys) only makes the matcher look at a person it then does not match.
 */
final class LongHashIndex {

    private static final long EMPTY = 0;
    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;

    /** The id stored for a key, or 0. */
    long get(long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        return 0;
    }

    /** Stores an id for a key unless the key has one already (the first person with an email keeps it). */
    void putIfAbsent(long key, long value) {
        long k = key == EMPTY ? 1 : key;
        if (size * 3 >= keys.length * 2) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == k) {
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = value;
        size++;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** A 64-bit hash of text (FNV-1a with a final avalanche). */
    static long hash(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
