package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.domain.record.seal.SealRefusedException;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record use cases against a real store: each one writes the record with its outbox row and
 * audit event, or, refused, writes nothing at all.
 */
class RecordServiceTest {

    private static final Instant AT = Instant.parse("2026-11-26T04:00:00Z");

    @TempDir
    Path dir;

    private static RecordService records(Store store) {
        return RecordService.of(store, new RecordChecker(RuleTable.defaults(), TestStores.ZONE));
    }

    @Test
    void anAmendmentOfTheSealedRecordIsADraftNamingItWithItsOutboxRowAndAuditEvent() {
        try (Store store = TestStores.open(dir, true)) {
            StoredRecord sealed = store.records().byCase(DemoCases.farmland(store).id()).get(0);
            long outbox = store.outbox().pending();
            long events = store.audit().verify().events();

            SiteRecord amendment = records(store).amend(sealed.record().id(), AT, "officer-1");

            StoredRecord stored = store.records().find(amendment.id()).orElseThrow();
            assertThat(stored.sealed()).isFalse();
            assertThat(stored.record().amends()).isEqualTo(sealed.record().id());
            assertThat(store.outbox().pending()).isEqualTo(outbox + 1);
            assertThat(store.audit().verify().events()).isEqualTo(events + 1);
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aDraftCannotBeAmendedAndNothingIsWritten() {
        try (Store store = TestStores.open(dir, true)) {
            RecordService service = records(store);
            SiteRecord draft = SiteRecord.start(DemoCases.farmland(store).id(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE,
                    AT, Place.named("刚察县沙柳河镇"));
            service.saveDraft(draft, "officer-1");
            long outbox = store.outbox().pending();
            long events = store.audit().verify().events();
            int count = store.records().byCase(DemoCases.farmland(store).id()).size();

            assertThatThrownBy(() -> service.amend(draft.id(), AT, "officer-1"))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("record.amend.error.draft"));

            assertThat(store.records().byCase(DemoCases.farmland(store).id())).hasSize(count);
            assertThat(store.outbox().pending()).isEqualTo(outbox);
            assertThat(store.audit().verify().events()).isEqualTo(events);
        }
    }

    @Test
    void aRefusedSealLeavesTheDraftAsItWas() {
        try (Store store = TestStores.open(dir, true)) {
            RecordService service = records(store);
            // An empty enforcement record: no officers, nobody signed, the rule table blocks it.
            SiteRecord draft = SiteRecord.start(DemoCases.farmland(store).id(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE,
                    AT, Place.named("刚察县沙柳河镇"));
            StoredRecord saved = service.saveDraft(draft, "officer-1");
            long events = store.audit().verify().events();

            assertThatThrownBy(() -> service.seal(draft.id(), "officer-1"))
                    .isInstanceOfSatisfying(SealRefusedException.class,
                            e -> assertThat(e.violations()).anyMatch(v -> v.blocks()));

            StoredRecord after = store.records().find(draft.id()).orElseThrow();
            assertThat(after.sealed()).isFalse();
            assertThat(after.version()).isEqualTo(saved.version());
            assertThat(store.audit().verify().events()).isEqualTo(events);
        }
    }

    @Test
    void theSealCheckSaysWhoSealed() {
        try (Store store = TestStores.open(dir, true)) {
            UUID id = store.records().byCase(DemoCases.farmland(store).id()).get(0).record().id();

            RecordService.Verified verified = records(store).verify(id);

            assertThat(verified.check().intact()).isTrue();
            assertThat(verified.sealedBy()).contains(RecordService.DEMO_ACTOR);
        }
    }
}
