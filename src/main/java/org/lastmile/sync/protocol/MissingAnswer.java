package org.lastmile.sync.protocol;

import java.util.List;

/** The hashes of the query that the server has not verified, in query order. */
public record MissingAnswer(List<String> missing) {

    public MissingAnswer {
        missing = List.copyOf(Check.present(missing, "missing"));
    }
}
