package org.lastmile.sync;

/**
 * A field changed both at the office and in the field, to different values (sync.md,
 * "Conflicts"): the office value is kept, and both wait here for a person.
 *
 * @param field the field's path in the entity's JSON, e.g. {@code status}
 * @param base the value both sides started from (JSON text, may be {@code null})
 * @param local the value set on this device
 * @param server the value set at the office
 */
public record FieldConflict(String field, String base, String local, String server) {
}
