package org.lastmile.store.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which snapshots stay: the newest {@code keepNewest}, and beyond them the newest of each day for
 * {@code days} days, so that a damage noticed late still finds a file from before it. The newest
 * snapshot is never removed.
 *
 * @param keepNewest snapshots always kept
 * @param days days for which one snapshot per day is kept
 */
public record Retention(int keepNewest, int days) {

    /** Ten snapshots, and one a day for a month. */
    public static final Retention DEFAULT = new Retention(10, 30);

    /** The snapshots to remove, from a list sorted oldest first. */
    List<Path> toRemove(List<Path> oldestFirst, Instant now) {
        List<Path> remove = new ArrayList<>();
        Set<LocalDate> daysKept = new HashSet<>();
        Instant horizon = now.minus(Duration.ofDays(days));
        int n = oldestFirst.size();
        for (int i = n - 1; i >= 0; i--) {
            Path p = oldestFirst.get(i);
            Instant at = Backups.Backup.of(p).takenAt();
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            boolean newest = n - 1 - i < Math.max(1, keepNewest);
            boolean firstOfDay = !at.isBefore(horizon) && daysKept.add(day);
            if (!newest && !firstOfDay) {
                remove.add(p);
            } else {
                daysKept.add(day);
            }
        }
        return remove;
    }
}
