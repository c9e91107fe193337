package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An extension of the case time limit approved by the court president.
 *
 * @param id identity
 * @param approvedOn the approval date
 * @param months how many months it adds (3 by the rules)
 */
public record Extension(UUID id, LocalDate approvedOn, int months) {

    public Extension {
        Objects.requireNonNull(id);
        Objects.requireNonNull(approvedOn);
        if (months <= 0) {
            throw new IllegalArgumentException("extension months must be positive");
        }
    }
}
