package org.lastmile.ui.cases;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The row numbers ({@link CaseRow#seq()}) a search found, for the list's filter to test every row
 * against: a bit per row number, so that a test is one memory read even when tens of thousands of
 * cases match (a binary search over them, tried first, took most of a search over 100,000 cases).
 * Row numbers beyond the int range, which SQLite never hands out in practice, fall back to a
 * sorted array.
 */
public final class SearchMatches {

    private final BitSet bits;
    private final long[] sorted;
    private final int count;

    private SearchMatches(BitSet bits, long[] sorted, int count) {
        this.bits = bits;
        this.sorted = sorted;
        this.count = count;
    }

    /** The matches of {@code CaseSearch.matches}, in any order. */
    public static SearchMatches of(long[] seqs) {
        BitSet bits = new BitSet();
        for (long seq : seqs) {
            if (seq < 0 || seq > Integer.MAX_VALUE) {
                long[] sorted = seqs.clone();
                Arrays.sort(sorted);
                return new SearchMatches(null, sorted, seqs.length);
            }
            bits.set((int) seq);
        }
        return new SearchMatches(bits, null, seqs.length);
    }

    public boolean contains(long seq) {
        if (bits != null) {
            return seq >= 0 && seq <= Integer.MAX_VALUE && bits.get((int) seq);
        }
        return Arrays.binarySearch(sorted, seq) >= 0;
    }

    /** The row numbers, ascending. */
    public long[] seqs() {
        if (bits != null) {
            return bits.stream().asLongStream().toArray();
        }
        return sorted.clone();
    }

    /** How many row numbers the search gave. */
    public int count() {
        return count;
    }
}
