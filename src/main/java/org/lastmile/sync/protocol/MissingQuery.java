package org.lastmile.sync.protocol;

import java.util.List;

/** Which of these files does the server lack (not verified)? */
public record MissingQuery(List<String> sha256) {

    public MissingQuery {
        sha256 = List.copyOf(Check.size(sha256, Limits.MAX_HASH_QUERY, "sha256"));
        for (String h : sha256) {
            Check.sha256(h, "sha256");
        }
    }
}
