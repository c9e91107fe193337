package org.lastmile.sync.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an attachment upload stands on the server. */
public enum UploadState {
    /** Nothing received yet. */
    @JsonProperty("absent") ABSENT,
    /** Some bytes received; resume at the offset. */
    @JsonProperty("partial") PARTIAL,
    /** Every byte received and the whole file's SHA-256 equals its name. */
    @JsonProperty("verified") VERIFIED
}
