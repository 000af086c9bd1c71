package org.rapport.contacts.internal.util;

import java.util.Arrays;

/**
 * A growable list of (key, value) pairs of longs, sortable by key then value, without boxing: a million pairs take
 * 16 MB instead of the 100 MB of a map of Longs. For comparing id sets and grouping people by blocking keys.
 */
public final class LongPairs {

    private long[] keys;
    private long[] values;
    private int size;

    /** An empty list with room for {@code capacity} pairs. */
    public LongPairs(int capacity) {
        keys = new long[Math.max(16, capacity)];
        values = new long[keys.length];
    }

    /** Appends a pair. */
    public void add(long key, long value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    public int size() {
        return size;
    }

    public long key(int i) {
        return keys[i];
    }

    public long value(int i) {
        return values[i];
    }

    /** Sorts the pairs by key, then value. */
    public void sortByKey() {
        sort(0, size - 1);
    }

    private void sort(int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            long pivotKey = keys[mid];
            long pivotValue = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (less(keys[i], values[i], pivotKey, pivotValue)) {
                    i++;
                }
                while (less(pivotKey, pivotValue, keys[j], values[j])) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: stack depth stays logarithmic
            if (j - lo < hi - i) {
                sort(lo, j);
                lo = i;
            } else {
                sort(i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && less(keys[j], values[j], keys[j - 1], values[j - 1]); j--) {
                swap(j, j - 1);
            }
        }
    }

    private static boolean less(long k1, long v1, long k2, long v2) {
        return k1 < k2 || (k1 == k2 && v1 < v2);
    }

    private void swap(int a, int b) {
        long k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        long v = values[a];
        values[a] = values[b];
        values[b] = v;
    }
}
