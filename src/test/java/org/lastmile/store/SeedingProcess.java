package org.lastmile.store;

import java.nio.file.Path;

/** Opens a fresh data directory with the demo data; {@code StoreFaultsTest} kills it while it seeds. */
public final class SeedingProcess {

    public static void main(String[] args) {
        TestStores.open(Path.of(args[0]), true).close();
    }
}
