package org.lastmile.server.store;

import java.util.List;

/**
 * What decides who sees an entity on pull: the case's court and assigned officers; a record's
 * case; an officer's own id.
 *
 * @param courtCode the case's court ({@code null} for records and officers)
 * @param caseId the case a record belongs to
 * @param caseNumber a case's number (unique on the server)
 * @param officerIds the officers assigned to a case, or the officer himself
 */
public record Scope(String courtCode, String caseId, String caseNumber, List<String> officerIds) {

    public static final Scope NONE = new Scope(null, null, null, List.of());

    public Scope {
        officerIds = List.copyOf(officerIds);
    }

    /** The officer ids as stored: {@code ,a,b,} so that {@code LIKE '%,a,%'} finds one. */
    public String officersText() {
        return officerIds.isEmpty() ? null : "," + String.join(",", officerIds) + ",";
    }

    public static List<String> parseOfficers(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.substring(1, text.length() - 1).split(","));
    }
}
