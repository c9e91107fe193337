package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RecordRule;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.service.CaseService;
import org.lastmile.service.RecordService;
import org.lastmile.store.Hashes;
import org.lastmile.store.TestStores;
import org.lastmile.store.attachments.AttachmentLimits;
import org.lastmile.store.open.Store;

/**
 * The real parts of {@link ThreeLaptopsModelTest} (a court on loopback, three laptop data
 * directories) and the model of what each must hold: every record with the content its laptop
 * last gave it and the photos it names; for case fields, the values each laptop has held
 * ({@link FieldWitness}) and the values laptops wrote.
 */
final class ModelWorld implements AutoCloseable {

    static final int DEVICES = 3;
    private static final String[] FIELDS = {"cause_zh", "cause_bo"};
    private static final int[] PHOTO_SIZES = {0, 17, 65_536, (1 << 20) + 1};

    /** What one step does; decoded from a generated number so QuickTheories can make and show them. */
    enum Kind { EDIT, OFFICE_EDIT, RECORD, PHOTO, SYNC, LINK_DROP, EDIT_DURING_SYNC, RESOLVE, SEAL, OFFICE_DELETE,
        EDIT_SEALED }

    /** A step: the kind, the laptop, the case, the field and a free argument. */
    record Step(Kind kind, int device, int caseIndex, int field, int arg) {
        private static final Kind[] WEIGHTED = {Kind.EDIT, Kind.EDIT, Kind.EDIT, Kind.OFFICE_EDIT, Kind.OFFICE_EDIT,
            Kind.RECORD, Kind.RECORD, Kind.PHOTO, Kind.SYNC, Kind.SYNC, Kind.SYNC, Kind.LINK_DROP, Kind.LINK_DROP,
            Kind.LINK_DROP, Kind.EDIT_DURING_SYNC, Kind.EDIT_DURING_SYNC, Kind.RESOLVE, Kind.SEAL, Kind.SEAL,
            Kind.OFFICE_DELETE, Kind.OFFICE_DELETE, Kind.EDIT_SEALED, Kind.EDIT_SEALED};

        static Step decode(int n) {
            Kind kind = WEIGHTED[n % WEIGHTED.length];
            n /= WEIGHTED.length;
            int device = n % DEVICES;
            n /= DEVICES;
            int caseIndex = n % 2;
            n /= 2;
            int field = n % FIELDS.length;
            n /= FIELDS.length;
            return new Step(kind, device, caseIndex, field, n % 1000);
        }

        @Override
        public String toString() {
            return kind + "(d" + device + ",c" + caseIndex + "," + FIELDS[field] + "," + arg + ")";
        }
    }

    private final LoopbackCourt court;
    private final List<Store> laptops = new ArrayList<>();
    private final List<String> deviceIds = new ArrayList<>();
    private final String officer = UUID.randomUUID().toString();
    private final List<UUID> cases = new ArrayList<>();
    /** Every record made on a laptop, as that laptop last saved it. */
    private final Map<UUID, SiteRecord> records = new LinkedHashMap<>();
    private final Map<UUID, Integer> recordOwner = new LinkedHashMap<>();
    /** Every photo put in a record: its name is the SHA-256 of its bytes. */
    private final Set<String> photos = new TreeSet<>();
    /** Case field values laptops wrote: case|field → values. */
    private final Map<String, List<String>> written = new TreeMap<>();
    private final FieldWitness witness = new FieldWitness(DEVICES);
    private final List<String> blind = new ArrayList<>();
    /** Records a laptop sealed (封存), with the exact bytes it sealed. */
    private final Map<UUID, String> sealedBytes = new HashMap<>();
    /** Records the office deleted (tombstones on the court). */
    private final Set<UUID> officeDeleted = new TreeSet<>();
    /** How many more steps each laptop stays offline (0: online). */
    private final int[] offlineLeft = new int[DEVICES];
    private final List<OfflinePeriod> offline = new ArrayList<>();
    /** Expectations about conflict rows after offline periods that did not hold. */
    private final List<String> missedConflicts = new ArrayList<>();
    private int counter;
    private int offlinePeriods;
    /** What the run did of the rarer kinds (the test asserts the default run reaches each). */
    final Map<String, Integer> seen = new TreeMap<>();

    ModelWorld(Path dir) throws Exception {
        court = new LoopbackCourt(dir.resolve("court"));
        for (int d = 0; d < DEVICES; d++) {
            Store store = TestStores.open(Files.createDirectories(dir.resolve("laptop" + d)), false);
            store.settings().put("profile.officerId", officer, officer);
            laptops.add(store);
            court.enrol(store, officer);
            deviceIds.add(new SyncState(store.database()).enrolment().orElseThrow().deviceId());
        }
        cases.add(court.assign(officer, "(2026)青2224执401号", "草场承包经营权纠纷"));
        cases.add(court.assign(officer, "(2026)青2224执402号", "排除妨害纠纷"));
        for (int d = 0; d < DEVICES; d++) {
            sync(d);
            offline.add(null);
        }
    }

    void perform(Step s) throws Exception {
        if (offlineLeft[s.device()] > 0 && EnumSet.of(Kind.SYNC, Kind.LINK_DROP, Kind.EDIT_DURING_SYNC).contains(s.kind())) {
            offlineEdit(s.device(), s.caseIndex(), s.field(), s.arg());
        } else {
            act(s);
        }
        for (int d = 0; d < DEVICES; d++) {
            if (offlineLeft[d] > 0 && --offlineLeft[d] == 0) {
                reconnect(d);
            }
        }
    }

    private void act(Step s) throws Exception {
        switch (s.kind()) {
            case EDIT -> edit(s.device(), s.caseIndex(), s.field());
            case OFFICE_EDIT -> officeEdit(s.caseIndex(), s.field());
            case RECORD -> record(s.device(), s.caseIndex(), s.arg());
            case PHOTO -> photo(s.device(), s.arg());
            case SYNC -> sync(s.device());
            case LINK_DROP -> dropThenResume(s.device(), s.arg());
            case EDIT_DURING_SYNC -> editDuringSync(s.device(), s.caseIndex(), s.field());
            case RESOLVE -> resolve(s.device(), s.arg() % 2 == 0 ? ConflictDecision.Choice.OFFICE
                    : ConflictDecision.Choice.FIELD);
            case SEAL -> seal(s.device(), s.caseIndex(), s.arg());
            case OFFICE_DELETE -> officeDelete(s.arg());
            case EDIT_SEALED -> editSealed(s.device(), s.arg());
            default -> throw new IllegalStateException();
        }
    }

    // ---- the steps ----

    private void edit(int d, int caseIndex, int field) {
        sample(d); // the officer sees what the laptop holds now (a kept court change may just have been applied)
        Store store = laptops.get(d);
        EnforcementCase k = store.cases().find(cases.get(caseIndex)).orElseThrow();
        String value = (field == 0 ? "纠纷" : "རྩོད་གཞི ") + "d" + d + "-" + ++counter;
        CaseService.of(store).save(field == 0 ? Cases.withCause(k, value, k.causeBo())
                : Cases.withCause(k, k.causeZh(), value), officer);
        written.computeIfAbsent(k.id() + "|" + FIELDS[field], x -> new ArrayList<>()).add(value);
        if (offline.size() > d && offline.get(d) != null) {
            offline.get(d).edited.add(k.id() + "|" + FIELDS[field]);
        }
        sample(d);
    }

    private void officeEdit(int caseIndex, int field) {
        String value = (field == 0 ? "法院" : "ཁྲིམས་ཁང ") + ++counter;
        court.officeEdit(cases.get(caseIndex), k -> field == 0 ? Cases.withCause(k, value, k.causeBo())
                : Cases.withCause(k, k.causeZh(), value));
    }

    /** A new draft record, or (odd argument, when the laptop made one) its newest draft's place renamed. */
    private void record(int d, int caseIndex, int arg) {
        Store store = laptops.get(d);
        UUID own = newest(d);
        SiteRecord r;
        if (arg % 2 == 1 && own != null) {
            SiteRecord was = records.get(own);
            r = with(was, Place.named("草场 " + ++counter), was.attachments());
        } else {
            r = SiteRecord.start(cases.get(caseIndex), RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                    TestStores.CLOCK.instant(), Place.named("ས་ཐོག " + ++counter));
            recordOwner.put(r.id(), d);
        }
        store.records().saveDraft(r, officer);
        records.put(r.id(), r);
    }

    /** A photo added to the laptop's newest draft (sizes: empty, small, and one byte over the first chunk). */
    private void photo(int d, int arg) {
        UUID own = newest(d);
        if (own == null) {
            return;
        }
        byte[] bytes = new byte[PHOTO_SIZES[arg % PHOTO_SIZES.length]];
        new Random(arg * 31L + counter).nextBytes(bytes);
        Store store = laptops.get(d);
        AttachmentRef ref = store.attachments(AttachmentLimits.DEFAULT).document("photo-" + ++counter + ".jpg", bytes,
                AttachmentKind.PHOTO, "image/jpeg");
        assertThat(ref.sha256()).isEqualTo(Hashes.sha256(bytes));
        SiteRecord was = records.get(own);
        List<AttachmentRef> more = new ArrayList<>(was.attachments());
        if (more.stream().anyMatch(a -> a.sha256().equals(ref.sha256()))) {
            return;
        }
        more.add(ref);
        SiteRecord r = with(was, was.place(), more);
        store.records().saveDraft(r, officer);
        records.put(r.id(), r);
        photos.add(ref.sha256());
    }

    void sync(int d) {
        Map<Integer, Set<String>> before = Map.of(d, witness.snapshot(d));
        SyncSummary summary = LoopbackCourt.sync(laptops.get(d));
        assertThat(summary.outcome()).as("a fault-free sync of laptop %s: %s", d, summary)
                .isIn(SyncSummary.Outcome.FINISHED, SyncSummary.Outcome.NEEDS_PERSON);
        afterSync(d, before);
    }

    /** The link drops at the k-th call (before or after the court answered) and stays down; the next sync resumes. */
    private void dropThenResume(int d, int arg) {
        Map<Integer, Set<String>> before = Map.of(d, witness.snapshot(d));
        drop(d, arg);
        if ((arg / 9) % 2 == 0) {
            // the laptop goes back to the pasture: offline for a few steps of edits before it syncs again
            afterSync(d, before);
            offlineLeft[d] = 4 + (arg / 18) % 4;
            offline.set(d, new OfflinePeriod(held(d), cleanCases(d)));
            note("offline period");
            if (++offlinePeriods % 2 == 1) { // every other period the officer edits at once (offline steps are few)
                queuedEditsOfOneField(d, (arg / 144) % 2, (arg / 288) % 2);
            }
            return;
        }
        SyncSummary resumed = LoopbackCourt.sync(laptops.get(d));
        assertThat(resumed.outcome()).as("the sync after the drop: %s", resumed)
                .isIn(SyncSummary.Outcome.FINISHED, SyncSummary.Outcome.NEEDS_PERSON);
        afterSync(d, before);
    }

    private void drop(int d, int arg) {
        int dropAt = 1 + arg % 9;
        boolean afterAnswer = arg % 2 == 0;
        CourtLink link = new CourtLinkDelegate(link(d)) {
            private int calls;

            private void maybeDrop(boolean answered) throws CourtFault {
                if (answered == afterAnswer && calls >= dropAt) {
                    throw CourtFault.network("link dropped", null);
                }
            }

            @Override
            public PushReply push(List<OutgoingOp> ops, org.lastmile.store.audit.ChainHead head,
                    List<org.lastmile.store.audit.AuditEvent> chain) throws CourtFault {
                calls++;
                maybeDrop(false);
                PushReply reply = super.push(ops, head, chain);
                maybeDrop(true);
                return reply;
            }

            @Override
            public PullPage pull(long cursor, int limit) throws CourtFault {
                calls++;
                maybeDrop(false);
                PullPage page = super.pull(cursor, limit);
                maybeDrop(true);
                return page;
            }

            @Override
            public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length,
                    String chunkSha256) throws CourtFault {
                calls++;
                maybeDrop(false);
                ChunkReply reply = super.append(sha256, size, offset, chunk, length, chunkSha256);
                maybeDrop(true);
                return reply;
            }
        };
        // small batches and pages, so that a drop falls between checkpoints of one sync
        SyncEngine engine = SyncEngine.of(laptops.get(d), new RetryPolicy(Duration.ZERO, Duration.ZERO, 2,
                Duration.ofMinutes(5), () -> 0.0), x -> { }, Runnable::run, new SyncEngine.Limits(2, 1 << 20, 2));
        SyncSummary dropped = engine.run(link);
        assertThat(dropped.outcome()).isNotEqualTo(SyncSummary.Outcome.CANCELLED);
        sample(d);
    }

    /** The officer saves a case edit while a sync runs: after its push, before its pull. */
    private void editDuringSync(int d, int caseIndex, int field) {
        Map<Integer, Set<String>> before = Map.of(d, witness.snapshot(d));
        CourtLink link = new CourtLinkDelegate(link(d)) {
            private boolean edited;

            @Override
            public PullPage pull(long cursor, int limit) throws CourtFault {
                if (!edited) {
                    edited = true;
                    edit(d, caseIndex, field);
                }
                return super.pull(cursor, limit);
            }
        };
        SyncSummary summary = SyncEngine.of(laptops.get(d), RetryPolicy.standard(() -> 0.0), x -> { }, Runnable::run,
                SyncEngine.Limits.standard()).run(link);
        assertThat(summary.outcome()).as("%s", summary).isIn(SyncSummary.Outcome.FINISHED,
                SyncSummary.Outcome.NEEDS_PERSON);
        afterSync(d, before);
    }

    /** A person decides every open conflict on the laptop, having been shown both values. */
    private void resolve(int d, ConflictDecision.Choice choice) {
        SyncClient client = new SyncClient(laptops.get(d), Clock.systemUTC());
        for (Conflicts.Open open : client.conflicts()) {
            witness.shown(d, open.entityId(), open.value().field(), open.value().server());
            witness.shown(d, open.entityId(), open.value().field(), open.value().local());
            client.decide(open.id(), choice, officer);
        }
        sample(d);
    }

    /**
     * While a laptop is offline its syncs become edits of the same case field, and (odd argument)
     * the office edits that very field first: concurrent edits of the same field. With an argument
     * of 2 modulo 4, {@link #queuedEditsOfOneField} instead.
     */
    private void offlineEdit(int d, int caseIndex, int field, int arg) {
        if (arg % 2 == 1) {
            officeEdit(caseIndex, field);
        }
        if (arg % 4 == 2) {
            queuedEditsOfOneField(d, caseIndex, field);
            return;
        }
        edit(d, caseIndex, field);
    }

    /**
     * Offline, the office edits a case's <em>other</em> field and the officer edits this one twice:
     * two queued edits of one field, the first of which the court merges, where nobody else changed
     * the field (the false conflict of {@code QueuedEditsOfOneFieldTest}: {@link #reconnect} then
     * finds no conflict row and the laptop's last value on the court).
     */
    private void queuedEditsOfOneField(int d, int caseIndex, int field) {
        officeEdit(caseIndex, 1 - field);
        edit(d, caseIndex, field);
        edit(d, caseIndex, field);
        note("offline queued edits of one field, the office changing another");
    }

    /**
     * The laptop is back on the court network after its offline period: it syncs, and for every
     * case field it edited offline (on a case with nothing of its own waiting when it went) the
     * court's conflict rows are as three-way logic says: the office (or another laptop) changed
     * the field to a value the laptop did not write last → at least one row for this laptop on
     * that field; nobody else changed it → none.
     */
    private void reconnect(int d) {
        OfflinePeriod period = offline.get(d);
        offline.set(d, null);
        offlineLeft[d] = 0;
        Map<String, String> courtNow = new HashMap<>();
        for (UUID id : cases) {
            courtNow.putAll(fields(id.toString(), court.server.db().transaction(
                    c -> Entities.find(c, "case", id.toString()).orElseThrow().payload())));
        }
        Map<String, String> laptopNow = held(d);
        Map<String, Integer> rowsBefore = courtConflictCounts(d);
        sync(d);
        Map<String, Integer> rowsAfter = courtConflictCounts(d);
        Map<String, String> courtAfter = new HashMap<>();
        for (UUID id : cases) {
            courtAfter.putAll(fields(id.toString(), court.server.db().transaction(
                    c -> Entities.find(c, "case", id.toString()).orElseThrow().payload())));
        }
        for (String key : period.edited) {
            if (!period.clean.contains(key.substring(0, key.indexOf('|')))) {
                continue;
            }
            String base = period.held.get(key);
            String office = courtNow.get(key);
            String last = laptopNow.get(key);
            int rows = rowsAfter.getOrDefault(key, 0) - rowsBefore.getOrDefault(key, 0);
            note(java.util.Objects.equals(office, base) ? "offline field edit, nobody else changed it"
                    : java.util.Objects.equals(office, last) ? "offline field edit, both sides the same"
                    : "offline field edit racing another value");
            if (java.util.Objects.equals(office, base) && rows != 0) {
                missedConflicts.add("laptop " + d + " " + key + ": nobody else changed it (" + base + ") but " + rows
                        + " conflict rows");
            } else if (java.util.Objects.equals(office, base) && !java.util.Objects.equals(courtAfter.get(key), last)) {
                missedConflicts.add("laptop " + d + " " + key + ": nobody else changed it (" + base + ") but the court"
                        + " holds " + courtAfter.get(key) + ", not the laptop's last value " + last);
            } else if (!java.util.Objects.equals(office, base) && !java.util.Objects.equals(office, last) && rows < 1) {
                missedConflicts.add("laptop " + d + " " + key + ": base " + base + ", court " + office + ", laptop "
                        + last + " but no conflict row");
            }
        }
    }

    /** A laptop seals (封存) its newest draft with the record service, as the record screen does. */
    private void seal(int d, int caseIndex, int arg) {
        UUID own = newest(d);
        if (own == null) { // the officer makes the record first, then seals it
            record(d, caseIndex, 0);
            own = newest(d);
        }
        int other = (d + 1) % DEVICES;
        if (arg % 2 == 1 && offlineLeft[d] == 0 && offlineLeft[other] == 0) {
            // the draft went to the court and another laptop has it, before the seal
            sync(d);
            sync(other);
            own = newest(d); // the pull may have brought the office's delete of it
            if (own == null) {
                return;
            }
        }
        Store store = laptops.get(d);
        RecordService.of(store, ANY_RECORD).seal(own, officer);
        sealedBytes.put(own, doc(store, "records", own.toString()));
        note("seal");
        if (officeDeleted.contains(own)) {
            note("seal racing the office's delete");
        }
    }

    /** The office deletes one of the draft records the court holds. */
    private void officeDelete(int arg) {
        List<String> drafts = court.server.db().transaction(c -> {
            List<String> out = new ArrayList<>();
            for (EntityRow row : Entities.all(c, "record")) {
                if (!row.sealed() && !row.deleted()) {
                    out.add(row.entityId());
                }
            }
            return out;
        });
        if (drafts.isEmpty()) {
            return;
        }
        String id = drafts.get(arg % drafts.size());
        assertThat(court.officeDelete("record", id)).isTrue();
        officeDeleted.add(UUID.fromString(id));
        note("office delete");
    }

    /**
     * Another laptop edits a record its owner sealed (封存). The owner's sync brings the seal to
     * the court first if it is not there yet. The edit is refused here when this laptop has the
     * seal already; otherwise it is saved here and (the model checks) refused by the court.
     */
    private void editSealed(int d, int arg) {
        Store store = laptops.get(d);
        List<UUID> targets = new ArrayList<>();
        for (UUID id : recordOwner.keySet()) {
            if (sealedBytes.containsKey(id) && recordOwner.get(id) != d && store.records().find(id).isPresent()) {
                targets.add(id);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        UUID id = targets.get(arg % targets.size());
        boolean onCourt = court.server.db().transaction(c -> Entities.find(c, "record", id.toString())
                .map(EntityRow::sealed).orElse(false));
        int owner = recordOwner.get(id);
        if (!onCourt && offlineLeft[owner] == 0) {
            sync(owner);
        }
        var here = store.records().find(id).orElseThrow();
        SiteRecord edited = with(here.record(), Place.named("改 " + ++counter), here.record().attachments());
        if (here.sealed()) {
            assertThatThrownBy(() -> store.records().saveDraft(edited, officer))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("record.error.sealed"));
            note("edit of a sealed record refused on the laptop");
        } else {
            store.records().saveDraft(edited, officer);
            note("edit of a sealed record sent from a laptop that held the draft");
        }
    }

    // ---- the end ----

    /** Two fault-free rounds: the first brings everything to the court, the second everything down. */
    void finalRound() {
        for (int d = 0; d < DEVICES; d++) {
            if (offlineLeft[d] > 0) {
                reconnect(d);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int d = 0; d < DEVICES; d++) {
                sync(d);
            }
        }
    }

    void check() throws Exception {
        assertThat(blind).as("court changes that replaced a value the laptop never held").isEmpty();
        assertThat(missedConflicts).as("conflict rows after offline periods").isEmpty();
        Map<String, EntityRow> onCourt = new TreeMap<>();
        court.server.db().transaction(c -> {
            for (String kind : List.of("case", "record")) {
                for (EntityRow row : Entities.all(c, kind)) {
                    onCourt.put(kind + " " + row.entityId(), row);
                }
            }
            return null;
        });
        // every record once on the court, as its laptop last saved it, with every photo verified
        Set<String> courtRecords = new TreeSet<>();
        onCourt.entrySet().stream().filter(e -> e.getKey().startsWith("record ") && !e.getValue().deleted())
                .forEach(e -> courtRecords.add(e.getKey().substring(7)));
        // sync.md: deletions are tombstones, sealed records are never deleted: a record the office
        // deleted stays deleted unless its laptop sealed it (a seal racing the delete is kept)
        Set<UUID> live = new TreeSet<>(records.keySet());
        officeDeleted.stream().filter(id -> !sealedBytes.containsKey(id)).forEach(live::remove);
        assertThat(courtRecords).as("records on the court").isEqualTo(ids(live));
        List<String[]> courtConflicts = courtConflicts();
        for (UUID id : live) {
            EntityRow row = onCourt.get("record " + id);
            String expected = sealedBytes.containsKey(id) ? sealedBytes.get(id)
                    : laptops.get(recordOwner.get(id)).records().codec().write(records.get(id));
            assertThat(row.payload()).as("record %s on the court", id).isEqualTo(expected);
            assertThat(row.sealed()).as("record %s sealed on the court", id).isEqualTo(sealedBytes.containsKey(id));
            if (row.sealed()) {
                assertThat(row.payloadSha256()).as("seal hash of %s", id).isEqualTo(Hashes.sha256(expected));
                assertThat(Hashes.sha256(row.payload())).isEqualTo(row.payloadSha256());
            }
            if (officeDeleted.contains(id)) {
                // the seal won over the office's delete: not silently, a person sees it
                assertThat(courtConflicts).as("a seal of %s racing the office's delete", id)
                        .anyMatch(c -> c[1].equals(id.toString()) && c[2].equals("_deleted"));
            }
        }
        for (UUID id : officeDeleted) {
            if (courtConflicts.stream().anyMatch(c -> c[1].equals(id.toString()) && c[2].equals("_deleted"))) {
                note("edit racing the office's delete: conflict row");
            }
            if (!live.contains(id)) {
                assertThat(onCourt.get("record " + id).deleted()).as("record %s deleted on the court", id).isTrue();
            }
        }
        for (String sha : photos) {
            boolean verified = court.server.db().transaction(c -> AttachmentRows.verified(c, sha));
            assertThat(verified).as("photo %s verified", sha).isTrue();
            assertThat(Hashes.sha256(Files.readAllBytes(court.server.uploads().file(sha)))).isEqualTo(sha);
        }
        // every laptop holds what the court holds, nothing waits, and its file is intact
        for (int d = 0; d < DEVICES; d++) {
            Store store = laptops.get(d);
            for (UUID id : cases) {
                assertThat(doc(store, "cases", id.toString())).as("case %s on laptop %s", id, d)
                        .isEqualTo(onCourt.get("case " + id).payload());
            }
            Set<String> here = new TreeSet<>(column(store, "SELECT id FROM records"));
            Set<String> keptForAPerson = new TreeSet<>(column(store, "SELECT entity_id FROM sync_conflicts"
                    + " WHERE entity = 'record' AND field = '_deleted' AND resolved_at IS NULL"));
            Set<String> extra = new TreeSet<>(here);
            extra.removeAll(courtRecords);
            assertThat(keptForAPerson).as("records deleted at the office kept on laptop %s for a person", d)
                    .containsAll(extra);
            here.removeAll(extra);
            extra.forEach(x -> note("deleted record kept on a laptop for a person"));
            assertThat(here).as("records on laptop %s", d).isEqualTo(courtRecords);
            for (String id : sealedIds()) {
                assertThat(column(store, "SELECT state || ' ' || seal_sha256 FROM records WHERE id = '" + id + "'"))
                        .as("sealed record %s on laptop %s", id, d)
                        .containsExactly("sealed " + Hashes.sha256(sealedBytes.get(UUID.fromString(id))));
            }
            for (String id : courtRecords) {
                assertThat(doc(store, "records", id)).as("record %s on laptop %s", id, d)
                        .isEqualTo(onCourt.get("record " + id).payload());
            }
            assertThat(column(store, "SELECT count(*) FROM outbox WHERE " + OutboxQueue.UNSETTLED))
                    .as("outbox of laptop %s", d).containsExactly("0");
            // the only refusals: edits of a record whose seal the court held, made on a laptop that had not pulled it
            for (String refused : column(store, "SELECT entity || ' ' || entity_id || ' ' || coalesce(result_detail, '')"
                    + " FROM outbox WHERE state = 'needs_person' AND result <> 'conflict'")) {
                String[] parts = refused.split(" ");
                note("edit of a sealed record refused by the court");
                assertThat(parts[0].equals("record") && sealedIds().contains(parts[1])
                        && recordOwner.get(UUID.fromString(parts[1])) != d && "server.push.error.sealed".equals(parts[2]))
                        .as("refusal on laptop %s: %s", d, refused).isTrue();
            }
            // every operation the court answered "conflict" made its rows on the court, and one row
            // per field here (a repeated answer does not add a second)
            for (String op : column(store, "SELECT op_id FROM outbox WHERE result = 'conflict'")) {
                assertThat(courtConflicts).as("court conflict rows of op %s of laptop %s", op, d)
                        .anyMatch(c -> c[0].equals(op));
            }
            assertThat(column(store, "SELECT op_id || ' ' || field FROM sync_conflicts WHERE op_id IS NOT NULL"
                    + " GROUP BY op_id, field HAVING count(*) > 1")).as("doubled conflict rows on laptop %s", d).isEmpty();
            assertThat(column(store, "PRAGMA integrity_check")).containsExactly("ok");
        }
        // every conflict row on the court belongs to an operation a laptop holds answered "conflict"
        Set<String> answeredConflict = new TreeSet<>();
        for (Store store : laptops) {
            answeredConflict.addAll(column(store, "SELECT op_id FROM outbox WHERE result = 'conflict'"));
        }
        for (String[] c : courtConflicts) {
            assertThat(answeredConflict).as("laptop op of court conflict row %s", List.of(c)).contains(c[0]);
        }
        // a value a laptop wrote reached the court, or sits in the court's conflict table
        List<String> conflictValues = court.server.db().transaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT entity_id, field, device_value FROM conflicts");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
            return out;
        });
        for (Map.Entry<String, List<String>> e : written.entrySet()) {
            String[] caseField = e.getKey().split("\\|");
            for (String value : e.getValue()) {
                boolean reached = witness.everOnCourt(caseField[0], caseField[1], value)
                        || conflictValues.stream().anyMatch(v -> v.startsWith(e.getKey() + "|") && v.contains(value));
                assertThat(reached).as("%s = %s written on a laptop: on the court or in its conflicts", e.getKey(), value)
                        .isTrue();
            }
        }
    }

    // ---- helpers ----

    private void note(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    /** A court's variant of the rule table with every rule off, so any draft seals (the seal itself is real). */
    private static final RecordChecker ANY_RECORD = anyRecord();

    private static RecordChecker anyRecord() {
        StringBuilder off = new StringBuilder();
        for (RecordRule rule : RecordRule.values()) {
            off.append(rule.id()).append("=OFF\n");
        }
        try {
            return new RecordChecker(RuleTable.read(new java.io.StringReader(off.toString())), TestStores.ZONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a laptop knew when it went offline. */
    private record OfflinePeriod(Map<String, String> held, Set<String> clean, Set<String> edited) {
        OfflinePeriod(Map<String, String> held, Set<String> clean) {
            this(held, clean, new TreeSet<>());
        }
    }

    /** The laptop's case field values: case|field → JSON text. */
    private Map<String, String> held(int d) {
        Map<String, String> out = new HashMap<>();
        for (UUID id : cases) {
            out.putAll(fields(id.toString(), doc(laptops.get(d), "cases", id.toString())));
        }
        return out;
    }

    private static Map<String, String> fields(String caseId, String doc) {
        Map<String, String> out = new HashMap<>();
        try {
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc);
            for (String f : FIELDS) {
                out.put(caseId + "|" + f, root.has(f) ? root.get(f).asText() : null);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Cases with nothing of the laptop's own waiting (no unsettled edit, nothing kept from the court). */
    private Set<String> cleanCases(int d) {
        Set<String> clean = new TreeSet<>();
        for (UUID id : cases) {
            if (column(laptops.get(d), "SELECT count(*) FROM outbox WHERE entity = 'case' AND entity_id = '" + id
                    + "' AND " + OutboxQueue.UNSETTLED).equals(List.of("0"))
                    && column(laptops.get(d), "SELECT count(*) FROM sync_deferred WHERE entity_id = '" + id + "'")
                            .equals(List.of("0"))) {
                clean.add(id.toString());
            }
        }
        return clean;
    }

    /** The court's conflict rows of this laptop on case fields: case|field → count. */
    private Map<String, Integer> courtConflictCounts(int d) {
        Map<String, Integer> out = new HashMap<>();
        for (String[] c : courtConflicts()) {
            if (c[3].equals(deviceIds.get(d)) && c[4].equals("case")) {
                out.merge(c[1] + "|" + c[2], 1, Integer::sum);
            }
        }
        return out;
    }

    /** The court's conflict rows: op_id, entity_id, field, device_id, entity. */
    private List<String[]> courtConflicts() {
        return court.server.db().transaction(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT op_id, entity_id, field, device_id, entity FROM conflicts");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
                }
            }
            return out;
        });
    }

    private Set<String> sealedIds() {
        return ids(sealedBytes.keySet());
    }

    private void afterSync(int d, Map<Integer, Set<String>> before) {
        sample(d);
        blind.addAll(witness.walk(court.server, deviceIds, before));
    }

    private void sample(int d) {
        for (UUID id : cases) {
            witness.held(d, id.toString(), doc(laptops.get(d), "cases", id.toString()));
        }
    }

    private CourtLink link(int d) {
        Enrolment e = new SyncState(laptops.get(d).database()).enrolment().orElseThrow();
        return new HttpCourtLink(CourtTls.client(e.caPem(), SyncClient.CONNECT_TIMEOUT), e, SyncClient.REQUEST_TIMEOUT,
                Clock.systemUTC());
    }

    /** The laptop's newest record of its own that it still holds as a draft. */
    private UUID newest(int d) {
        UUID found = null;
        for (Map.Entry<UUID, Integer> e : recordOwner.entrySet()) {
            if (e.getValue() == d && column(laptops.get(d), "SELECT state FROM records WHERE id = '" + e.getKey() + "'")
                    .equals(List.of("draft"))) {
                found = e.getKey();
            }
        }
        return found;
    }

    private static SiteRecord with(SiteRecord r, Place place, List<AttachmentRef> attachments) {
        return new SiteRecord(r.id(), r.caseId(), r.language(), r.startedAt(), r.endedAt(), place, r.participants(),
                r.transcript(), r.agreement(), r.details(), r.cashCollected(), attachments, r.sketchSha256(),
                r.signatures(), r.amends(), r.carried());
    }

    private static Set<String> ids(Set<UUID> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> out.add(id.toString()));
        return out;
    }

    private static String doc(Store store, String table, String id) {
        List<String> docs = column(store, "SELECT doc FROM " + table + " WHERE id = '" + id + "'");
        return docs.isEmpty() ? null : docs.get(0);
    }

    private static List<String> column(Store store, String sql) {
        return store.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        for (Store store : laptops) {
            store.close();
        }
        court.close();
    }
}
