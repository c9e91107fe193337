package org.lastmile.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.bench.CaseGenerator;
import org.lastmile.common.PersonName;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.EnforcementTitle;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.TitleKind;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.DeadlineRules;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;
import org.lastmile.service.CaseService;
import org.lastmile.service.CourtChanges;
import org.lastmile.store.Database;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * The case list's narrow table (V7) says what the case documents say: after every kind of save,
 * after a deletion from the court, and when a file from before V7 is migrated. Expected values are
 * read from the decoded documents and the deadline engine run on the whole case, never from the
 * table's own code.
 */
class CaseListTableTest {

    @TempDir
    Path dir;

    private final DeadlineEngine engine = new DeadlineEngine(DeadlineRules.shipped());
    private final LocalDate today = LocalDate.now(TestStores.CLOCK);

    @Test
    void aFileFromBeforeV7GetsARowForEveryCaseThatMatchesItsDocument() throws Exception {
        Path current = dir.resolve("current");
        try (Store store = TestStores.open(current, true)) {
            CaseGenerator.fill(store, 400, 18);
            List<EnforcementCase> generated = store.cases().page(0, 40);
            store.database().transaction(tx -> {
                for (EnforcementCase c : generated) {
                    store.cases().save(tx, varied(c), "test");
                }
                return null;
            });
        }
        Path old = dir.resolve("old");
        Path file = V5Files.copy(current, old);
        assertThat(V5Files.count(file, "SELECT count(*) FROM sqlite_master WHERE name = 'case_list'"))
                .as("a file as V5 left it").isZero();

        try (Store store = TestStores.open(old, true)) {
            assertThat(store.cases().list().unfilled()).isFalse();
            List<CaseHeader> fromCases = store.cases().headers(); // the cases table, list order
            List<ListedCase> rows = store.cases().list().page(0, 10_000);
            assertThat(fromCases).hasSize(408);
            assertThat(rows).extracting(ListedCase::header).isEqualTo(fromCases);
            assertThat(store.cases().list().headers()).isEqualTo(fromCases);
            List<EnforcementCase> docs = new ArrayList<>();
            for (ListedCase row : rows) {
                EnforcementCase doc = store.cases().find(row.header().id()).orElseThrow();
                docs.add(doc);
                assertListedAsDocument(row, doc, store.cases().version(doc.id()).orElseThrow());
            }
            // The documents hold every kind of fact the deadlines use, so the comparison covers them.
            assertThat(docs).anyMatch(d -> !d.progress().extensions().isEmpty())
                    .anyMatch(d -> d.progress().pauses().stream().anyMatch(Pause::isOpen))
                    .anyMatch(d -> d.progress().pauses().stream().anyMatch(p -> !p.isOpen()))
                    .anyMatch(d -> d.progress().seizures().stream().anyMatch(z -> z.releasedOn() != null))
                    .anyMatch(d -> d.progress().seizures().stream().anyMatch(z -> z.releasedOn() == null))
                    .anyMatch(EnforcementCase::isNonLitigation).anyMatch(d -> !d.isNonLitigation())
                    .anyMatch(EnforcementCase::isMoneyCase).anyMatch(d -> !d.isMoneyCase())
                    .anyMatch(d -> !d.isOpen()).anyMatch(EnforcementCase::isOpen)
                    .anyMatch(d -> d.parties().stream().anyMatch(p -> p.nameBo() == null))
                    .anyMatch(d -> d.parties().stream().anyMatch(p -> p.nameBo() != null));
        }
    }

    @Test
    void everyWayACaseIsWrittenOrDeletedKeepsItsListRowCurrent() throws Exception {
        try (Store store = TestStores.open(dir, true)) {
            CaseService cases = CaseService.of(store);
            CourtChanges court = CourtChanges.of(store);
            EnforcementCase demo = store.cases().all().get(0);
            assertCurrent(store, demo.id());

            // An edit in the window or on the command line.
            EnforcementCase edited = varied(demo).withStatus(CaseStatus.SUSPENDED);
            cases.save(edited, "officer");
            assertCurrent(store, demo.id());
            assertThat(row(store, demo.id()).orElseThrow().header().status()).isEqualTo(CaseStatus.SUSPENDED);

            // A save the rules refuse changes nothing, the list row included.
            ListedCase before = row(store, demo.id()).orElseThrow();
            EnforcementCase other = store.cases().all().get(1);
            EnforcementCase invalid = new EnforcementCase(edited.id(), other.number(), "改了", null, edited.title(),
                    edited.obligations(), edited.filingDate(), CaseStatus.IN_PROGRESS, edited.officerIds(),
                    edited.parties(), edited.progress(), edited.demo()); // another case's number
            assertThatThrownBy(() -> cases.save(invalid, "officer")).isInstanceOf(InvalidInputException.class);
            assertThat(row(store, demo.id())).contains(before);

            // An import of many cases in one transaction (as seeding and the generator do).
            CaseGenerator generator = new CaseGenerator(3, today, store.courts());
            List<EnforcementCase> imported = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                imported.add(generator.next());
            }
            store.database().transaction(tx -> {
                for (EnforcementCase c : imported) {
                    store.cases().save(tx, c, "import");
                }
                return null;
            });
            for (EnforcementCase c : imported) {
                assertCurrent(store, c.id());
            }

            // A change pulled from the court: a new case and a changed one.
            EnforcementCase pulledNew = generator.next();
            EnforcementCase pulledChange = varied(imported.get(3)).withStatus(CaseStatus.CONCLUDED);
            store.database().transaction(tx -> {
                court.saveCase(tx, pulledNew, "court");
                court.saveCase(tx, pulledChange, "court");
                return null;
            });
            assertCurrent(store, pulledNew.id());
            assertCurrent(store, pulledChange.id());
            assertThat(row(store, pulledChange.id()).orElseThrow().header().status()).isEqualTo(CaseStatus.CONCLUDED);

            // A tombstone from the court takes the row with the case.
            assertThat((boolean) store.database().transaction(tx -> court.delete(tx, "case",
                    pulledNew.id().toString(), "court"))).isTrue();
            assertThat(store.cases().find(pulledNew.id())).isEmpty();
            assertThat(row(store, pulledNew.id())).isEmpty();
            assertThat(store.cases().list().headers()).isEqualTo(store.cases().headers());
        }
    }

    /** The row read from the narrow table equals what the stored document says. */
    private void assertCurrent(Store store, UUID id) {
        EnforcementCase doc = store.cases().find(id).orElseThrow();
        assertListedAsDocument(row(store, id).orElseThrow(), doc, store.cases().version(id).orElseThrow());
    }

    private static Optional<ListedCase> row(Store store, UUID id) {
        return store.cases().list().page(0, 100_000).stream().filter(r -> r.header().id().equals(id)).findFirst();
    }

    private void assertListedAsDocument(ListedCase row, EnforcementCase doc, long version) {
        CaseHeader h = row.header();
        assertThat(h.id()).isEqualTo(doc.id());
        assertThat(h.caseNumber()).isEqualTo(doc.number().toString());
        assertThat(h.status()).isEqualTo(doc.status());
        assertThat(h.filingDate()).isEqualTo(doc.filingDate());
        assertThat(h.demo()).isEqualTo(doc.demo());
        assertThat(h.version()).isEqualTo(version);
        assertThat(row.listing().causeZh()).isEqualTo(doc.causeZh());
        assertThat(row.listing().causeBo()).isEqualTo(doc.causeBo());
        assertThat(row.listing().applicants()).isEqualTo(names(doc, PartyRole.APPLICANT));
        assertThat(row.listing().respondents()).isEqualTo(names(doc, PartyRole.RESPONDENT));
        // The deadlines the list shows, on days before, during and long after the case's course.
        for (LocalDate day : List.of(doc.filingDate(), doc.filingDate().plusDays(20), doc.filingDate().plusDays(95),
                doc.filingDate().plusDays(200), doc.filingDate().plusDays(400), today, today.plusYears(2))) {
            assertThat(engine.evaluate(row.listing().deadlines(h), day)).as("%s on %s", h.caseNumber(), day)
                    .isEqualTo(engine.evaluate(doc, day));
        }
    }

    private static List<PersonName> names(EnforcementCase doc, PartyRole role) {
        List<PersonName> out = new ArrayList<>();
        for (Party p : doc.parties()) {
            if (p.role() == role) {
                out.add(new PersonName(p.nameZh(), p.nameBo()));
            }
        }
        return out;
    }

    /**
     * A case with the facts the generator does not make: an extension, a pause that ended, a seizure
     * lifted beside one that holds, a non-litigation title.
     */
    private static EnforcementCase varied(EnforcementCase c) {
        LocalDate filed = c.filingDate();
        CaseProgress p = c.progress();
        List<NodeEvent> events = new ArrayList<>(p.events());
        events.add(new NodeEvent(UUID.randomUUID(), NodeKind.ONLINE_ASSET_SEARCH, filed.plusDays(2), "查控"));
        List<Pause> pauses = new ArrayList<>(p.pauses());
        pauses.add(new Pause(UUID.randomUUID(), PauseReason.SUSPENSION, filed.plusDays(3), filed.plusDays(9)));
        List<Seizure> seizures = new ArrayList<>(p.seizures());
        seizures.add(new Seizure(UUID.randomUUID(), SeizureKind.DEPOSIT, "存款 6,600 元", filed.plusDays(1),
                filed.plusDays(4)));
        seizures.add(new Seizure(UUID.randomUUID(), SeizureKind.REAL_PROPERTY, "房屋一处", filed.plusDays(2), null));
        EnforcementTitle t = c.title();
        EnforcementCase out = new EnforcementCase(c.id(), c.number(), c.causeZh(), c.causeBo(),
                new EnforcementTitle(TitleKind.ARBITRAL_AWARD, t.documentNumber(), t.issuer(), t.effectiveDate(),
                        t.summaryZh(), t.summaryBo()),
                c.obligations(), filed, c.status(), c.officerIds(), c.parties(),
                new CaseProgress(events, pauses, List.of(new Extension(UUID.randomUUID(), filed.plusDays(5), 3)),
                        seizures), c.demo());
        return out;
    }
}
