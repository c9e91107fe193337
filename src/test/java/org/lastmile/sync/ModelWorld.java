package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
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
    enum Kind { EDIT, OFFICE_EDIT, RECORD, PHOTO, SYNC, LINK_DROP, EDIT_DURING_SYNC, RESOLVE }

    /** A step: the kind, the laptop, the case, the field and a free argument. */
    record Step(Kind kind, int device, int caseIndex, int field, int arg) {
        private static final Kind[] WEIGHTED = {Kind.EDIT, Kind.EDIT, Kind.EDIT, Kind.OFFICE_EDIT, Kind.OFFICE_EDIT,
            Kind.RECORD, Kind.RECORD, Kind.PHOTO, Kind.SYNC, Kind.SYNC, Kind.SYNC, Kind.LINK_DROP, Kind.LINK_DROP,
            Kind.EDIT_DURING_SYNC, Kind.EDIT_DURING_SYNC, Kind.RESOLVE};

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
    private final Map<UUID, Integer> recordOwner = new HashMap<>();
    /** Every photo put in a record: its name is the SHA-256 of its bytes. */
    private final Set<String> photos = new TreeSet<>();
    /** Case field values laptops wrote: case|field → values. */
    private final Map<String, List<String>> written = new TreeMap<>();
    private final FieldWitness witness = new FieldWitness(DEVICES);
    private final List<String> blind = new ArrayList<>();
    private int counter;

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
        }
    }

    void perform(Step s) throws Exception {
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
            default -> throw new IllegalStateException();
        }
    }

    // ---- the steps ----

    private void edit(int d, int caseIndex, int field) {
        Store store = laptops.get(d);
        EnforcementCase k = store.cases().find(cases.get(caseIndex)).orElseThrow();
        String value = (field == 0 ? "纠纷" : "རྩོད་གཞི ") + "d" + d + "-" + ++counter;
        CaseService.of(store).save(field == 0 ? Cases.withCause(k, value, k.causeBo())
                : Cases.withCause(k, k.causeZh(), value), officer);
        written.computeIfAbsent(k.id() + "|" + FIELDS[field], x -> new ArrayList<>()).add(value);
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
        SyncSummary resumed = LoopbackCourt.sync(laptops.get(d));
        assertThat(resumed.outcome()).as("the sync after the drop: %s", resumed)
                .isIn(SyncSummary.Outcome.FINISHED, SyncSummary.Outcome.NEEDS_PERSON);
        afterSync(d, before);
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

    // ---- the end ----

    /** Two fault-free rounds: the first brings everything to the court, the second everything down. */
    void finalRound() {
        for (int round = 0; round < 2; round++) {
            for (int d = 0; d < DEVICES; d++) {
                sync(d);
            }
        }
    }

    void check() throws Exception {
        assertThat(blind).as("court changes that replaced a value the laptop never held").isEmpty();
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
        onCourt.keySet().stream().filter(k -> k.startsWith("record ")).forEach(k -> courtRecords.add(k.substring(7)));
        assertThat(courtRecords).as("records on the court").isEqualTo(ids(records.keySet()));
        for (SiteRecord r : records.values()) {
            String expected = laptops.get(recordOwner.get(r.id())).records().codec().write(r);
            assertThat(onCourt.get("record " + r.id()).payload()).as("record %s on the court", r.id()).isEqualTo(expected);
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
            assertThat(new TreeSet<>(column(store, "SELECT id FROM records"))).as("records on laptop %s", d)
                    .isEqualTo(courtRecords);
            for (String id : courtRecords) {
                assertThat(doc(store, "records", id)).as("record %s on laptop %s", id, d)
                        .isEqualTo(onCourt.get("record " + id).payload());
            }
            assertThat(column(store, "SELECT count(*) FROM outbox WHERE " + OutboxQueue.UNSETTLED))
                    .as("outbox of laptop %s", d).containsExactly("0");
            assertThat(column(store, "SELECT count(*) FROM outbox WHERE state = 'needs_person' AND result <> 'conflict'"))
                    .as("refusals on laptop %s", d).containsExactly("0");
            assertThat(column(store, "PRAGMA integrity_check")).containsExactly("ok");
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

    private UUID newest(int d) {
        UUID found = null;
        for (Map.Entry<UUID, Integer> e : recordOwner.entrySet()) {
            if (e.getValue() == d) {
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
