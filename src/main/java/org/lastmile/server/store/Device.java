package org.lastmile.server.store;

import java.util.UUID;

/**
 * An enrolled laptop.
 *
 * @param id the device id
 * @param officerId the officer it was enrolled for
 * @param courtCode the officer's court as the office named it ({@code server enrol --court}), {@code null} when it
 *     named none (assignment alone decides); never taken from what a device pushes
 * @param revoked whether the office revoked it
 * @param chainSeq the sequence of the audit chain head the server holds (0: none)
 * @param chainHash that head's hash
 */
public record Device(UUID id, String officerId, String courtCode, boolean revoked, long chainSeq, String chainHash) {
}
