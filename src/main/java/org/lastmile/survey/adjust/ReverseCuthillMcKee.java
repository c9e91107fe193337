package org.lastmile.survey.adjust;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

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
        int count = 0;
        Integer[] byDegree = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byDegree, Comparator.comparingInt(v -> adjacency[v].length));
        for (int seed : byDegree) {
            if (placed[seed]) {
                continue;
            }
            int start = peripheral(adjacency, seed, placed);
            count = breadthFirst(adjacency, start, placed, order, count);
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static int breadthFirst(int[][] adjacency, int start, boolean[] placed, int[] order, int count) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        placed[start] = true;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            order[count++] = v;
            int[] next = Arrays.stream(adjacency[v]).filter(w -> !placed[w]).boxed()
                    .sorted(Comparator.comparingInt(w -> adjacency[w].length)).mapToInt(Integer::intValue).toArray();
            for (int w : next) {
                placed[w] = true;
                queue.add(w);
            }
        }
        return count;
    }

    /** George–Liu: repeat breadth-first searches from the far end until the depth stops growing. */
    private static int peripheral(int[][] adjacency, int start, boolean[] excluded) {
        int node = start;
        int depth = -1;
        for (int round = 0; round < 8; round++) {
            int[] level = levels(adjacency, node, excluded);
            int deepest = node;
            int maxLevel = 0;
            for (int v = 0; v < level.length; v++) {
                if (level[v] > maxLevel || level[v] == maxLevel && level[v] >= 0
                        && adjacency[v].length < adjacency[deepest].length) {
                    if (level[v] >= maxLevel) {
                        maxLevel = level[v];
                        deepest = v;
                    }
                }
            }
            if (maxLevel <= depth) {
                break;
            }
            depth = maxLevel;
            node = deepest;
        }
        return node;
    }

    private static int[] levels(int[][] adjacency, int start, boolean[] excluded) {
        int[] level = new int[adjacency.length];
        Arrays.fill(level, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        level[start] = 0;
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : adjacency[v]) {
                if (level[w] < 0 && !excluded[w]) {
                    level[w] = level[v] + 1;
                    queue.add(w);
                }
            }
        }
        return level;
    }
}
