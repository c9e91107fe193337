package org.lastmile.server.office;

/**
 * One enrolled laptop as {@code server devices list} shows it.
 *
 * @param id the device id
 * @param officerId its officer
 * @param courtCode the officer's court as the office named it ({@code null}: none)
 * @param name the name the laptop gave at enrolment
 * @param enrolledAt when it enrolled (the court's clock)
 * @param revoked whether the office revoked it
 */
public record DeviceSummary(String id, String officerId, String courtCode, String name, String enrolledAt,
        boolean revoked) {
}
