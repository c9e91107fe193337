package org.lastmile.app.wiring;

import io.bdrc.ewtsconverter.EwtsConverter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.DeadlineRules;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.store.DataDirectory;
import org.lastmile.store.cases.FillProgress;
import org.lastmile.store.open.Store;

/**
 * How the window and the command line make their services: the data directory, the store, the
 * court table, the deadline rules (a local {@code deadlines.properties} in the data directory
 * overrides the shipped table).
 */
public final class Wiring {

    private final Clock clock;
    private final ZoneId zone;

    public Wiring(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The time zone dates and times are shown in (documents print them). */
    public ZoneId zone() {
        return zone;
    }

    /** With the system clock and time zone. */
    public static Wiring system() {
        return new Wiring(Clock.systemDefaultZone());
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDirectory(Optional<Path> option, Map<String, String> env) {
        return DataDirectory.resolve(option, env);
    }

    /** Opens the store of a data directory, seeding it on first use. */
    public Store openStore(Path directory, boolean withDemo) {
        return openStore(directory, withDemo, FillProgress.NONE);
    }

    /** Opens like {@link #openStore(Path, boolean)}; {@code fill} hears the one-time V7 fill's progress. */
    public Store openStore(Path directory, boolean withDemo, FillProgress fill) {
        EwtsConverter ewts = new EwtsConverter();
        return Store.open(directory, clock, zone, CourtTable.shipped(), ewts::toWylie, withDemo,
                org.lastmile.store.IntegrityCheck.ON_OPEN, fill);
    }

    /**
     * Opens the store for the window: without Flyway when the schema is current and with the page
     * check deferred, which the window runs ({@link Store#checkIntegrity()}) on the store thread
     * before any save. {@code fill} hears the progress of the one-time fill of the case list's table.
     */
    public Store openStoreForWindow(Path directory, boolean withDemo, FillProgress fill) {
        // The converter (for the Wylie in the search index) is made on the first save, not at launch.
        java.util.function.Supplier<EwtsConverter> ewts = new java.util.function.Supplier<>() {
            private EwtsConverter converter;

            @Override
            public synchronized EwtsConverter get() {
                if (converter == null) {
                    converter = new EwtsConverter();
                }
                return converter;
            }
        };
        return Store.open(directory, clock, zone, CourtTable.shipped(), text -> ewts.get().toWylie(text), withDemo,
                org.lastmile.store.IntegrityCheck.DEFERRED, fill);
    }

    /**
     * The record rules with the data directory's own levels when it has them
     * ({@code record-rules.properties}: {@code officers.atLeastTwo=BLOCK}, …).
     */
    public static RuleTable recordRules(Path directory) {
        Path local = directory.resolve("record-rules.properties");
        if (!java.nio.file.Files.isRegularFile(local)) {
            return RuleTable.defaults();
        }
        try (var reader = java.nio.file.Files.newBufferedReader(local)) {
            return RuleTable.read(reader);
        } catch (java.io.IOException e) {
            throw new org.lastmile.common.LocalizedException(e, "rules.error.recordRules", local);
        }
    }

    /** The deadline engine with the data directory's own rule table when it has one. */
    public DeadlineEngine deadlines(Path directory) {
        Path local = directory.resolve("deadlines.properties");
        if (java.nio.file.Files.isRegularFile(local)) {
            try (var reader = java.nio.file.Files.newBufferedReader(local)) {
                return new DeadlineEngine(DeadlineRules.read(reader));
            } catch (java.io.IOException e) {
                throw new org.lastmile.common.LocalizedException(e, "rules.error.read", local);
            }
        }
        return new DeadlineEngine(DeadlineRules.shipped());
    }
}
