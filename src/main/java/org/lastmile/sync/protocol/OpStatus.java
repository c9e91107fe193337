package org.lastmile.sync.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one pushed operation. */
public enum OpStatus {
    /** Stored now; the result carries the server version and sequence. */
    @JsonProperty("applied") APPLIED,
    /** The same op id with the same body was applied before (or the same sealed record arrived again). */
    @JsonProperty("duplicate") DUPLICATE,
    /** Stored as a conflict: the office changed the same field differently; the office value is kept. */
    @JsonProperty("conflict") CONFLICT,
    /** Refused; the reason is a message key. Never retried. */
    @JsonProperty("rejected") REJECTED,
    /** Applied, but the files it names are not all verified yet. */
    @JsonProperty("awaiting_attachments") AWAITING_ATTACHMENTS
}
