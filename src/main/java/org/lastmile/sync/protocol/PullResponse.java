package org.lastmile.sync.protocol;

import java.util.List;

/**
 * A page of changes after a cursor. The device applies the page and stores {@code nextCursor} in
 * one transaction; it pulls again while {@code more}.
 *
 * @param changes in server sequence order, only those the device's officer may see
 * @param nextCursor the cursor to send next ({@code after}); equal to the sent one when there is nothing new
 * @param more whether another page waits
 */
public record PullResponse(List<Change> changes, long nextCursor, boolean more) {

    public PullResponse {
        changes = List.copyOf(Check.size(changes, Limits.MAX_PULL_PAGE, "changes"));
        Check.notNegative(nextCursor, "next_cursor");
    }
}
