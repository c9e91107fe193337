package org.lastmile.store;

import org.lastmile.store.open.Store;
import io.bdrc.ewtsconverter.EwtsConverter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.lastmile.domain.court.CourtTable;

/** Stores on a temporary directory with a fixed clock, as the app wires them. */
public final class TestStores {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZONE);

    private TestStores() {
    }

    public static Store open(Path dir, boolean demo) {
        EwtsConverter ewts = new EwtsConverter();
        return Store.open(dir, CLOCK, ZONE, CourtTable.shipped(), ewts::toWylie, demo);
    }
}
