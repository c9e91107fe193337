package org.lastmile.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong with the database file, told apart by SQLite's result code so that each fault
 * gets its own sentence: a read-only folder is not a damaged file, a full disk is not a bug.
 */
public enum StoreFault {
    /** The folder or the file cannot be written (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN). */
    READ_ONLY,
    /** The disk is full (SQLITE_FULL). */
    DISK_FULL,
    /** Another program holds the file (SQLITE_BUSY, SQLITE_LOCKED). */
    LOCKED,
    /** The pages do not hold together (SQLITE_CORRUPT, SQLITE_NOTADB). */
    DAMAGED,
    /** Reading or writing the disk failed (SQLITE_IOERR). */
    DISK_ERROR;

    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    /** The message key; its one argument is the database file. */
    public String messageKey() {
        return "store.fault." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The fault behind an exception (anywhere in its causes), if SQLite named one. */
    public static Optional<StoreFault> of(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<StoreFault> fault = ofCode(sql.getErrorCode());
                if (fault.isPresent()) {
                    return fault;
                }
                // Some drivers and Flyway wrap the code only in the text.
                fault = ofText(sql.getMessage());
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<StoreFault> ofCode(int code) {
        return switch (code & 0xff) {
            case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN -> Optional.of(READ_ONLY);
            case SQLITE_FULL -> Optional.of(DISK_FULL);
            case SQLITE_BUSY, SQLITE_LOCKED -> Optional.of(LOCKED);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> Optional.of(DAMAGED);
            case SQLITE_IOERR -> Optional.of(DISK_ERROR);
            default -> Optional.empty();
        };
    }

    private static Optional<StoreFault> ofText(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String[][] names = {{"SQLITE_READONLY", "READ_ONLY"}, {"SQLITE_CANTOPEN", "READ_ONLY"},
                {"SQLITE_PERM", "READ_ONLY"}, {"SQLITE_FULL", "DISK_FULL"}, {"SQLITE_BUSY", "LOCKED"},
                {"SQLITE_LOCKED", "LOCKED"}, {"SQLITE_CORRUPT", "DAMAGED"}, {"SQLITE_NOTADB", "DAMAGED"},
                {"SQLITE_IOERR", "DISK_ERROR"}};
        for (String[] n : names) {
            if (message.contains(n[0])) {
                return Optional.of(valueOf(n[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * SQLite's name for the result code behind a failure ({@code SQLITE_CONSTRAINT_UNIQUE}), for a
     * message that must not carry the driver's English sentence but lets support find the cause.
     */
    public static String codeName(SQLException sql) {
        if (sql instanceof org.sqlite.SQLiteException lite) {
            String name = lite.getResultCode().name();
            // A trigger of our schema refused the change: its RAISE text is ours and says which rule
            // ("sealed records never change"); SQLite puts it in the last parentheses.
            String text = String.valueOf(sql.getMessage());
            int open = text.lastIndexOf('(');
            if (name.equals("SQLITE_CONSTRAINT_TRIGGER") && open >= 0 && text.endsWith(")")) {
                return name + ": " + text.substring(open + 1, text.length() - 1);
            }
            return name;
        }
        return "SQL " + sql.getErrorCode();
    }
}
