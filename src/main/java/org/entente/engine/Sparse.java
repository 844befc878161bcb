package org.entente.engine;

import java.util.Arrays;

/**
 * A set of indices into a dense array, in the order they were first added: which entries a
 * pass wrote, so that the next pass clears or visits only those. Owned by one run.
 */
final class Sparse {
    final boolean[] mark;
    int[] list = new int[16];
    int size;

    Sparse(int capacity) { mark = new boolean[capacity]; }

    void add(int k) {
        if (mark[k]) return;
        mark[k] = true;
        if (size == list.length) list = Arrays.copyOf(list, 2 * size);
        list[size++] = k;
    }

    void clear() {
        for (int q = 0; q < size; q++) mark[list[q]] = false;
        size = 0;
    }
}
