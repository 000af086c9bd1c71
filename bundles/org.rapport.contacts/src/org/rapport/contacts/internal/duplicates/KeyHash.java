package org.rapport.contacts.internal.duplicates;

/** 64-bit FNV-1a of a string: few enough collisions among millions of keys to sort by the hash alone. */
final class KeyHash {

    private KeyHash() {
    }

    static long of(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
