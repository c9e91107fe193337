package org.lastmile.store;

import org.lastmile.store.open.Store;
import org.lastmile.domain.cases.CaseHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.store.settings.Settings;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDirectoryIsSeededWithTheDemoCasesAndEveryActionIsAuditedAndQueued() {
        try (Store store = TestStores.open(dir, true)) {
            List<EnforcementCase> cases = store.cases().all();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(5).allMatch(EnforcementCase::demo);
            assertThat(cases).extracting(c -> c.number().court().code()).contains("青2224", "青2324", "青2323", "青0102");
            // One operation per case and officer, three for the demo record (draft, signed, sealed) and two for
            // its site sketch (saved, frozen by the seal).
            assertThat(store.outbox().pending()).isEqualTo(cases.size() + store.officers().all().size() + 3 + 2);
            assertThat(store.audit().verify().intact()).isTrue();
            assertThat(store.settings().get(Settings.PROFILE_OFFICER)).isPresent();
        }
        try (Store again = TestStores.open(dir, true)) {
            assertThat(again.cases().count()).as("seeded once only").isEqualTo(8);
        }
    }

    @Test
    void noDemoStartsEmpty() {
        try (Store store = TestStores.open(dir, false)) {
            assertThat(store.cases().count()).isZero();
            assertThat(store.settings().get(Settings.SEEDED)).contains("empty");
        }
    }

    @Test
    void searchFindsTwoCharacterChineseWordsTibetanScriptWyliePhrasesAndCaseNumbers() {
        try (Store store = TestStores.open(dir, true)) {
            assertThat(numbers(store, "耕地")).contains("(2026)青2224执218号", "(2026)青2221执301号");
            assertThat(numbers(store, "草场")).containsExactlyInAnyOrder("(2026)青2324执45号", "(2026)青2621执恢4号");
            assertThat(numbers(store, "牦牛")).containsExactly("(2026)青2323执87号");
            assertThat(numbers(store, "བཀྲ་ཤིས")).contains("(2026)青2224执218号", "(2026)青2621执恢4号");
            assertThat(numbers(store, "bkra shis don grub")).containsExactly("(2026)青2224执218号");
            assertThat(numbers(store, "扎西东珠")).containsExactly("(2026)青2224执218号");
            assertThat(numbers(store, "青2323执87")).containsExactly("(2026)青2323执87号");
            assertThat(numbers(store, "羊")).containsExactly("(2026)青2323执87号");
            assertThat(numbers(store, "刚察 耕地")).containsExactly("(2026)青2224执218号");
            assertThat(numbers(store, "no such thing")).isEmpty();
            assertThat(numbers(store, "  ")).isEmpty();
        }
    }

    @Test
    void aPartyWithAWrongCheckDigitIsRefusedAndNothingChanges() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase c = store.cases().all().get(0);
            long version = store.cases().version(c.id()).orElseThrow();
            long pending = store.outbox().pending();
            long events = store.audit().verify().events();
            Party bad = new Party(UUID.randomUUID(), PartyRole.AGENT, PartyKind.PERSON, "王律师", null,
                    "110105194912310021", null, null, SpokenLanguage.CHINESE);
            List<Party> parties = new java.util.ArrayList<>(c.parties());
            parties.add(bad);
            assertThatThrownBy(() -> store.cases().save(c.withParties(parties), "test"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field() + " " + p.messageKey())
                            .containsExactly("parties[" + (parties.size() - 1) + "].idNumber party.idNumber.error.checkDigit"));
            assertThat(store.cases().version(c.id())).contains(version);
            assertThat(store.outbox().pending()).isEqualTo(pending);
            assertThat(store.audit().verify().events()).isEqualTo(events);
        }
    }

    @Test
    void aDuplicateCaseNumberIsRefused() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase existing = store.cases().all().get(0);
            EnforcementCase copy = new EnforcementCase(UUID.randomUUID(), existing.number(), "x", null,
                    existing.title(), existing.obligations(), existing.filingDate(), existing.status(), List.of(),
                    List.of(), existing.progress(), false);
            assertThatThrownBy(() -> store.cases().save(copy, "test"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("case.number.error.duplicate"));
            assertThat(store.cases().count()).isEqualTo(8);
        }
    }

    @Test
    void savingAnEditBumpsTheVersionAndQueuesItWithItsBase() {
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase c = store.cases().all().get(0);
            long before = store.outbox().pending();
            Party agent = new Party(UUID.randomUUID(), PartyRole.AGENT, PartyKind.PERSON, "王律师", null, null,
                    "0971-8123456", null, SpokenLanguage.CHINESE);
            List<Party> parties = new java.util.ArrayList<>(c.parties());
            parties.add(agent);
            assertThat(store.cases().save(c.withParties(parties), "officer-1")).isEqualTo(2);
            assertThat(store.cases().find(c.id()).orElseThrow().parties()).contains(agent);
            assertThat(store.outbox().pending()).isEqualTo(before + 1);
            assertThat(store.audit().verify().intact()).isTrue();
            assertThat(store.cases().find(c.id()).orElseThrow().obligations().get(0).quantity())
                    .isInstanceOf(BigDecimal.class);
        }
    }

    @Test
    void searchGivesNewestFilingFirstWhetherFewOrManyCasesMatch() {
        try (Store store = TestStores.open(dir, true)) {
            List<org.lastmile.domain.cases.CaseHeader> inOrder = store.cases().headers();
            // Asked for fewer than match, the filing-date index is walked (执 is in all 8 demo cases,
            // 耕地 and 草场 in two); asked for more, or when one matches (羊, 扎西东珠), the matches
            // are read and sorted. Both plans must give the same order.
            for (String query : List.of("执", "耕地", "草场", "羊", "扎西东珠")) {
                java.util.Set<Long> matching = new java.util.HashSet<>();
                for (long seq : store.search().matches(query)) {
                    matching.add(seq);
                }
                List<UUID> expected = inOrder.stream().filter(h -> matching.contains(h.seq()))
                        .map(org.lastmile.domain.cases.CaseHeader::id).toList();
                assertThat(expected).as(query).isNotEmpty();
                assertThat(store.search().search(query, 100)).as(query).containsExactlyElementsOf(expected);
                assertThat(store.search().search(query, 1)).as(query).containsExactly(expected.get(0));
                int some = Math.max(1, expected.size() - 1);
                assertThat(store.search().search(query, some)).as(query)
                        .containsExactlyElementsOf(expected.subList(0, some));
            }
            assertThat(store.search().search("执", 100)).hasSize(8);
        }
    }

    private static List<String> numbers(Store store, String query) {
        return store.cases().findAll(store.search().search(query, 100)).stream()
                .map(c -> c.number().toString()).toList();
    }

    @Test
    void matchesFindsTheSameCasesAsSearchFromTheIndexesAlone() {
        try (Store store = TestStores.open(dir, true)) {
            java.util.Map<Long, UUID> idOfSeq = new java.util.HashMap<>();
            store.cases().headers().forEach(h -> idOfSeq.put(h.seq(), h.id()));
            for (String query : List.of("耕地", "草场", "羊", "བཀྲ་ཤིས", "bkra shis don grub", "扎西东珠", "青2323执87",
                    "刚察 耕地", "nothing-like-this", "  ")) {
                List<UUID> found = java.util.Arrays.stream(store.search().matches(query)).mapToObj(idOfSeq::get)
                        .toList();
                assertThat(found).as(query).containsExactlyInAnyOrderElementsOf(store.search().search(query, 100));
            }
            assertThat(store.search().matches("耕地")).hasSize(2);
        }
    }
}
