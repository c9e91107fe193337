package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.store.outbox.Origin;

/**
 * Saving a case through the service: made here, it goes to the outbox and the audit chain in one
 * transaction; pulled from the server (the sync engine's way in), only to the audit chain.
 */
class CaseServiceTest {

    @TempDir
    Path dir;

    @Test
    void aCaseSavedHereIsQueuedForTheServerAndAudited() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase c = DemoCases.farmland(store);
            long version = store.cases().version(c.id()).orElseThrow();
            long outbox = store.outbox().pending();
            long events = store.audit().verify().events();

            CaseHeader header = CaseService.of(store).save(c, "officer-1");

            assertThat(header.version()).isEqualTo(version + 1);
            assertThat(store.outbox().pending()).isEqualTo(outbox + 1);
            assertThat(store.audit().verify().events()).isEqualTo(events + 1);
        }
    }

    @Test
    void aCasePulledFromTheServerIsAuditedButNeverSentBack() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase c = DemoCases.farmland(store);
            long version = store.cases().version(c.id()).orElseThrow();
            long outbox = store.outbox().pending();
            long events = store.audit().verify().events();
            CaseService cases = CaseService.of(store);

            long saved = store.database().transaction(tx -> cases.save(tx, c, "court", Origin.SERVER));

            assertThat(saved).isEqualTo(version + 1);
            assertThat(store.outbox().pending()).isEqualTo(outbox);
            assertThat(store.audit().verify().events()).isEqualTo(events + 1);
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }
}
