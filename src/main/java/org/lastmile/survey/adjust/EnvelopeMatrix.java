package org.lastmile.survey.adjust;

import java.util.Arrays;

/**
 * A symmetric matrix stored by its lower envelope (profile): row i keeps the entries from its
 * first non-zero column {@code first[i]} to the diagonal. With a good ordering (reverse
 * Cuthill–McKee) the normal matrix of a survey network has a narrow envelope, and the Cholesky
 * factor fills in only inside it.
 */
public final class EnvelopeMatrix {

    private final int[] first;
    private final double[][] rows;

    /** An all-zero matrix whose row i may hold entries from column {@code first[i]} to i. */
    public EnvelopeMatrix(int[] first) {
        this.first = first.clone();
        this.rows = new double[first.length][];
        for (int i = 0; i < first.length; i++) {
            if (first[i] < 0 || first[i] > i) {
                throw new IllegalArgumentException("row " + i + " cannot start at column " + first[i]);
            }
            rows[i] = new double[i - first[i] + 1];
        }
    }

    private EnvelopeMatrix(int[] first, double[][] rows) {
        this.first = first;
        this.rows = rows;
    }

    /** The order of the matrix. */
    public int size() {
        return first.length;
    }

    /** The first stored column of row i. */
    public int first(int i) {
        return first[i];
    }

    /** Whether entry (i, j) lies inside the envelope (symmetric). */
    public boolean contains(int i, int j) {
        return i >= j ? j >= first[i] : i >= first[j];
    }

    /** Entry (i, j); zero outside the envelope. */
    public double get(int i, int j) {
        if (i < j) {
            int t = i;
            i = j;
            j = t;
        }
        return j >= first[i] ? rows[i][j - first[i]] : 0;
    }

    /** Adds {@code value} to entry (i, j) with i ≥ j, which must lie inside the envelope. */
    public void addLower(int i, int j, double value) {
        rows[i][j - first[i]] += value;
    }

    /** Sets every entry to zero, keeping the envelope. */
    public void clear() {
        for (double[] row : rows) {
            Arrays.fill(row, 0);
        }
    }

    /** The number of stored entries (a measure of the work of a factorization). */
    public long storedEntries() {
        long n = 0;
        for (double[] row : rows) {
            n += row.length;
        }
        return n;
    }

    double[][] rows() {
        return rows;
    }

    int[] firsts() {
        return first;
    }

    EnvelopeMatrix copy() {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return new EnvelopeMatrix(first, copy);
    }
}
