package org.lastmile.domain.record;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * What the record keeps about the interpreter.
 *
 * @param from the language interpreted from
 * @param to the language interpreted into
 * @param relationships the interpreter's relationship to each party present, by participant id
 * @param pledged whether the pledge of faithful interpretation was made
 */
public record InterpreterInfo(SpokenLanguage from, SpokenLanguage to, Map<UUID, Relationship> relationships,
        boolean pledged) {

    public InterpreterInfo {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        relationships = Map.copyOf(relationships);
    }

    /** Whether the interpreter covers a party's language (either direction). */
    public boolean covers(SpokenLanguage language) {
        return from == language || to == language;
    }
}
