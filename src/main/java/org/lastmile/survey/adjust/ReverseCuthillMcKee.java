package org.lastmile.survey.adjust;

import java.util.Arrays;

/**
 * Reverse Cuthill–McKee ordering of a graph: a breadth-first numbering from a pseudo-peripheral
 * node, neighbours by increasing degree, reversed. It keeps the envelope of a network's normal
 * matrix narrow. Each connected component is ordered in turn.
 */
public final class ReverseCuthillMcKee {

    private ReverseCuthillMcKee() {
    }

    /**
     * The new order of the nodes: {@code order[k]} is the node placed k-th.
     *
     * @param adjacency the neighbours of each node (symmetric, no self loops)
     */
    public static int[] order(int[][] adjacency) {
        int n = adjacency.length;
        int[] order = new int[n];
        boolean[] placed = new boolean[n];
        int[] level = new int[n];
        int[] queue = new int[n];
        int count = 0;
        int[] byDegree = sortedByDegree(adjacency, identity(n), n);
        for (int seed : byDegree) {
            if (placed[seed]) {
                continue;
            }
            int start = peripheral(adjacency, seed, placed, level, queue);
            count = breadthFirst(adjacency, start, placed, order, count);
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The first {@code m} nodes of {@code nodes} sorted by degree (insertion sort: lists are short). */
    private static int[] sortedByDegree(int[][] adjacency, int[] nodes, int m) {
        int[] a = Arrays.copyOf(nodes, m);
        if (m > 64) {
            long[] keyed = new long[m];
            for (int i = 0; i < m; i++) {
                keyed[i] = ((long) adjacency[a[i]].length << 32) | a[i];
            }
            Arrays.sort(keyed);
            for (int i = 0; i < m; i++) {
                a[i] = (int) keyed[i];
            }
            return a;
        }
        for (int i = 1; i < m; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && adjacency[a[j]].length > adjacency[v].length) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return a;
    }

    private static int breadthFirst(int[][] adjacency, int start, boolean[] placed, int[] order, int count) {
        int head = count;
        order[count++] = start;
        placed[start] = true;
        int[] fresh = new int[16];
        while (head < count) {
            int v = order[head++];
            int m = 0;
            for (int w : adjacency[v]) {
                if (!placed[w]) {
                    if (m == fresh.length) {
                        fresh = Arrays.copyOf(fresh, 2 * m);
                    }
                    fresh[m++] = w;
                    placed[w] = true;
                }
            }
            for (int w : sortedByDegree(adjacency, fresh, m)) {
                order[count++] = w;
            }
        }
        return count;
    }

    /** George–Liu: repeat breadth-first searches from the far end until the depth stops growing. */
    private static int peripheral(int[][] adjacency, int start, boolean[] excluded, int[] level, int[] queue) {
        int node = start;
        int depth = -1;
        for (int round = 0; round < 8; round++) {
            Arrays.fill(level, -1);
            int head = 0;
            int tail = 0;
            queue[tail++] = node;
            level[node] = 0;
            int deepest = node;
            while (head < tail) {
                int v = queue[head++];
                if (level[v] > level[deepest]
                        || level[v] == level[deepest] && adjacency[v].length < adjacency[deepest].length) {
                    deepest = v;
                }
                for (int w : adjacency[v]) {
                    if (level[w] < 0 && !excluded[w]) {
                        level[w] = level[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            if (level[deepest] <= depth) {
                break;
            }
            depth = level[deepest];
            node = deepest;
        }
        return node;
    }
}
