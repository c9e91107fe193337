package org.lastmile.store.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Full-text search over cases and their parties with SQLite FTS5: terms of three characters or
 * more through the trigram index (substring match, any script, Wylie included), shorter terms
 * through the character-pair index. Terms separated by spaces must all match.
 */
public final class CaseSearch {

    /** The most distinct words of one search. */
    static final int MAX_TERMS = 32;

    private final Database database;

    public CaseSearch(Database database) {
        this.database = database;
    }

    /** Replaces the indexed text of a case inside the transaction that saves it. */
    public static void index(Tx tx, long caseSeq, String text) throws SQLException {
        Connection c = tx.connection();
        try (PreparedStatement del1 = c.prepareStatement("DELETE FROM case_search WHERE rowid = ?");
                PreparedStatement del2 = c.prepareStatement("DELETE FROM case_search_pairs WHERE rowid = ?");
                PreparedStatement ins1 = c.prepareStatement("INSERT INTO case_search (rowid, text) VALUES (?, ?)");
                PreparedStatement ins2 = c.prepareStatement(
                        "INSERT INTO case_search_pairs (rowid, grams) VALUES (?, ?)")) {
            del1.setLong(1, caseSeq);
            del1.executeUpdate();
            del2.setLong(1, caseSeq);
            del2.executeUpdate();
            ins1.setLong(1, caseSeq);
            ins1.setString(2, text);
            ins1.executeUpdate();
            ins2.setLong(1, caseSeq);
            ins2.setString(2, CharacterPairs.tokens(text));
            ins2.executeUpdate();
        }
    }

    /**
     * The row numbers ({@code CaseHeader.seq}) of the cases that match every term of the query, in
     * no particular order: what a list with an order of its own needs. Only the full-text indexes
     * are read (one index query per term, intersected), not the cases table, so that a word found
     * in tens of thousands of cases still answers in milliseconds.
     */
    public long[] matches(String query) {
        List<String> selects = new ArrayList<>();
        List<String> args = new ArrayList<>();
        terms(query, selects, args);
        if (selects.isEmpty()) {
            return new long[0];
        }
        String sql = String.join(" INTERSECT ", selects);
        return database.read(tx -> {
            long[] seqs = new long[64];
            int n = 0;
            try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setString(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (n == seqs.length) {
                            seqs = java.util.Arrays.copyOf(seqs, n * 2);
                        }
                        seqs[n++] = r.getLong(1);
                    }
                }
            }
            return java.util.Arrays.copyOf(seqs, n);
        });
    }

    /**
     * One index query per term: terms of three characters or more through the trigram index,
     * shorter ones through the character-pair index.
     */
    private static void terms(String query, List<String> selects, List<String> args) {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>(
                java.util.Arrays.asList(SearchText.normalize(query).strip().split("\\s+")));
        if (distinct.size() > MAX_TERMS) {
            // SQLite caps a compound SELECT at 500 terms; a search is a few words, so say so
            throw new org.lastmile.common.LocalizedException("search.error.tooManyWords", MAX_TERMS);
        }
        for (String term : distinct) {
            int length = term.codePointCount(0, term.length());
            if (length >= 3) {
                selects.add("SELECT rowid FROM case_search WHERE case_search MATCH ?");
                args.add('"' + term.replace("\"", "\"\"") + '"');
            } else if (!CharacterPairs.query(term).isEmpty()) {
                selects.add("SELECT rowid FROM case_search_pairs WHERE case_search_pairs MATCH ?");
                args.add(CharacterPairs.query(term));
            }
        }
    }

    /**
     * The ids of the cases that match every term of the query, newest filing first, at most
     * {@code limit}. Two plans, chosen by how many cases match: a few are read by row number and
     * sorted; when more than {@code limit} match and they are more than a fortieth of all cases
     * (耕地 in a county of farmers, a common Tibetan name), the filing-date index is walked from
     * the newest and stops after {@code limit} matches, which spares reading and sorting thousands
     * of rows for one page. (Measured on 100,000 cases: a row read by number costs about 3.5 µs,
     * a walk of the whole index about 20 ms.)
     */
    public List<UUID> search(String query, int limit) {
        List<String> selects = new ArrayList<>();
        List<String> args = new ArrayList<>();
        terms(query, selects, args);
        if (selects.isEmpty()) {
            return List.of();
        }
        String where = selects.stream().map(select -> "seq IN (" + select + ")")
                .collect(java.util.stream.Collectors.joining(" AND "));
        return database.read(tx -> {
            long matching = count(tx, "SELECT count(*) FROM (" + String.join(" INTERSECT ", selects) + ")", args);
            long cases = count(tx, "SELECT ifnull(max(seq), 0) FROM cases", List.of());
            String sql = "SELECT id FROM cases" + (matching > limit && matching * 40 > cases ? " INDEXED BY cases_by_filing_date" : "")
                    + " WHERE " + where + " ORDER BY filing_date DESC, case_number LIMIT ?";
            Set<UUID> ids = new LinkedHashSet<>();
            try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    s.setString(i + 1, args.get(i));
                }
                s.setInt(args.size() + 1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(UUID.fromString(r.getString(1)));
                    }
                }
            }
            return List.copyOf(ids);
        });
    }

    private static long count(Tx tx, String sql, List<String> args) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
