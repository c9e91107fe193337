package org.lastmile.store.records;

import org.lastmile.domain.record.RecordField;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.domain.record.seal.SealRefusedException;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.StoredRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RecordRule;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.store.Database;
import org.lastmile.store.SqliteFiles;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;
import org.lastmile.store.demo.DemoRecord;

class RecordRepositoryTest {

    @TempDir
    Path dir;

    private final RecordChecker checker = new RecordChecker(RuleTable.defaults(), ZoneId.of("Asia/Shanghai"));

    private static EnforcementCase farmland(Store store) {
        return store.cases().all().stream().filter(c -> c.number().toString().equals("(2026)青2224执218号"))
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoHandoverIsSealedAndVerifies() {
        try (Store store = TestStores.open(dir, true)) {
            List<StoredRecord> records = store.records().byCase(farmland(store).id());
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.sealed()).isTrue();
                assertThat(r.sealCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
                assertThat(r.record().participants()).extracting(Participant::role).contains(
                        ParticipantRole.INTERPRETER, ParticipantRole.COMMITTEE_REPRESENTATIVE,
                        ParticipantRole.JUSTICE_OFFICE_STAFF);
                assertThat(r.record().transcript()).extracting(TranscriptEntry::translation).doesNotContainNull();
            });
            assertThat(store.records().verify(records.get(0).record().id()).intact()).isTrue();
        }
    }

    @Test
    void sealingIsRefusedWhileTheCommitteeRepresentativeIsMissingThenAccepted() {
        try (Store store = TestStores.open(dir, true)) {
            DemoRecord demo = new DemoRecord(store.records(), store.blobs(), store.zone());
            EnforcementCase farmland = farmland(store);
            SiteRecord full = demo.draft(farmland, officers(store), java.time.LocalDate.of(2026, 11, 26));
            SiteRecord draft = new SiteRecord(UUID.randomUUID(), full.caseId(), full.language(),
                    full.startedAt(), full.endedAt(), full.place(),
                    full.participants().stream().filter(p -> p.role() != ParticipantRole.COMMITTEE_REPRESENTATIVE).toList(),
                    full.transcript(), full.agreement(), full.details(), full.cashCollected(), full.attachments(),
                    full.sketchSha256(), List.of(), null, full.carried());
            SiteRecord signed = demo.sign(draft);
            store.records().saveDraft(signed, "officer");
            long outbox = store.outbox().pending();

            assertThatThrownBy(() -> store.records().seal(signed.id(), "officer", checker))
                    .isInstanceOfSatisfying(SealRefusedException.class, e -> assertThat(e.violations())
                            .filteredOn(Violation::blocks).extracting(Violation::rule)
                            .containsExactly(RecordRule.COMMITTEE_PRESENT));
            assertThat(store.records().find(signed.id()).orElseThrow().sealed()).isFalse();
            assertThat(store.outbox().pending()).isEqualTo(outbox);

            // The representative arrives: added, the record is read back and signed again.
            Participant committee = full.participants(ParticipantRole.COMMITTEE_REPRESENTATIVE).get(0);
            List<Participant> people = new java.util.ArrayList<>(draft.participants());
            people.add(committee);
            SiteRecord resigned = demo.sign(draft.edit().participants(people).build());
            store.records().saveDraft(resigned, "officer");
            StoredRecord sealed = store.records().seal(resigned.id(), "officer", checker);
            assertThat(sealed.sealed()).isTrue();
            assertThat(store.records().verify(resigned.id()).intact()).isTrue();
        }
    }

    @Test
    void aSealedRecordCannotBeChangedThroughTheRepositoryOrSql() {
        try (Store store = TestStores.open(dir, true)) {
            StoredRecord sealed = store.records().byCase(farmland(store).id()).get(0);
            SiteRecord edited = sealed.record().edit().place(sealed.record().place().withName("elsewhere")).build();
            assertThatThrownBy(() -> store.records().saveDraft(edited, "officer"))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("record.error.sealed"));
            assertThatThrownBy(() -> store.database().transaction(tx -> {
                try (var s = tx.connection().createStatement()) {
                    return s.executeUpdate("UPDATE records SET doc = replace(doc, '6.6', '9.9')");
                }
            })).hasMessageContaining("sealed records never change");
            assertThatThrownBy(() -> store.database().transaction(tx -> {
                try (var s = tx.connection().createStatement()) {
                    return s.executeUpdate("DELETE FROM records");
                }
            })).hasMessageContaining("sealed records never change");
            assertThat(store.records().verify(sealed.record().id()).intact()).isTrue();
        }
    }

    @Test
    void anAmendmentReferencesTheSealedRecordAndOnlyASealedOne() {
        try (Store store = TestStores.open(dir, true)) {
            StoredRecord sealed = store.records().byCase(farmland(store).id()).get(0);
            SiteRecord amendment = sealed.record().amendment(TestStores.CLOCK.instant());
            store.records().saveDraft(amendment, "officer");
            assertThat(store.records().find(amendment.id()).orElseThrow().record().amends())
                    .isEqualTo(sealed.record().id());
            SiteRecord ofADraft = amendment.amendment(TestStores.CLOCK.instant());
            assertThatThrownBy(() -> store.records().saveDraft(ofADraft, "officer"))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("record.error.amendsDraft"));
        }
    }

    @Test
    void changingOneByteOfTheStoredRecordIsFoundAndNamed() throws Exception {
        UUID id;
        try (Store store = TestStores.open(dir, true)) {
            id = store.records().byCase(farmland(store).id()).get(0).record().id();
        }
        SqliteFiles.replaceInTable(dir.resolve(Database.FILE_NAME), "records", "\"area_m2\":4400", "\"area_m2\":4409");
        try (Store store = TestStores.open(dir, true)) {
            SealCheck check = store.records().verify(id);
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).singleElement().satisfies(p -> {
                assertThat(p.messageKey()).isEqualTo("record.verify.changed");
                assertThat(p.messageArgs()).containsExactly(RecordField.LAND_AREA_M2);
                // What the officer reads names the field as the record screen does, never a JSON path.
                assertThat(Messages.of(Language.CHINESE).get(p)).isEqualTo("封存后的笔录被改动：面积（平方米）");
                assertThat(Messages.of(Language.ENGLISH).get(p)).doesNotContain("area_m2");
            });
        }
    }

    @Test
    void aMissingOrAlteredPhotoIsFound() throws Exception {
        try (Store store = TestStores.open(dir, true)) {
            StoredRecord sealed = store.records().byCase(farmland(store).id()).get(0);
            String photo = sealed.record().attachments().get(0).sha256();
            java.nio.file.Files.write(store.blobs().path(photo), new byte[] {1, 2, 3});
            SealCheck check = store.records().verify(sealed.record().id());
            assertThat(check.problems()).extracting(SealCheck.Problem::messageKey)
                    .containsExactly("record.verify.attachment");
        }
    }

    private static java.util.Map<String, UUID> officers(Store store) {
        java.util.Map<String, UUID> ids = new java.util.HashMap<>();
        store.officers().all().forEach(o -> {
            switch (o.nameZh()) {
                case "更登" -> ids.put("gendun", o.id());
                case "李卫东" -> ids.put("lidong", o.id());
                case "王海" -> ids.put("wanghai", o.id());
                default -> { }
            }
        });
        return ids;
    }
}
