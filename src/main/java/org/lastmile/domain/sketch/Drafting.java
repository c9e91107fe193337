package org.lastmile.domain.sketch;

import java.time.Instant;

/**
 * Who drew the sketch and when (evidence rules 2019, art. 43: time drawn, the drafter's name and
 * role).
 *
 * @param drafter the drafter's name, may be empty
 * @param role the drafter's role (执行员, 书记员, …), may be empty
 * @param drawnAt when it was drawn, or {@code null}
 */
public record Drafting(String drafter, String role, Instant drawnAt) {

    public static final Drafting NONE = new Drafting("", "", null);

    public Drafting {
        drafter = drafter == null ? "" : drafter.strip();
        role = role == null ? "" : role.strip();
    }
}
