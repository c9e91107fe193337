package org.lastmile.service;

import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.store.open.Store;

/** The demo cases the service tests work on. */
final class DemoCases {

    private DemoCases() {
    }

    /** The farmland case of the demo data, whose land hand-over record is sealed. */
    static EnforcementCase farmland(Store store) {
        return store.cases().all().stream().filter(c -> c.number().toString().equals("(2026)青2224执218号"))
                .findFirst().orElseThrow();
    }
}
