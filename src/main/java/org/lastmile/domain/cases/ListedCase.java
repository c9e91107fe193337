package org.lastmile.domain.cases;

import java.util.Objects;

/**
 * One row of the case list as the store reads it from its narrow table: the header and the listing.
 *
 * @param header number, status, filing date and the rest of the columns beside the document
 * @param listing cause, names and deadline facts
 */
public record ListedCase(CaseHeader header, CaseListing listing) {

    public ListedCase {
        Objects.requireNonNull(header);
        Objects.requireNonNull(listing);
    }
}
