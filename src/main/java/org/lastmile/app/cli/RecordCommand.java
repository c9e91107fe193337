package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.open.Store;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.StoredRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lastmile record list|show|verify}. */
@Command(name = "record", mixinStandardHelpOptions = true)
final class RecordCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new RecordCommand());
        cmd.addSubcommand(new ListRecords(options, wiring));
        cmd.addSubcommand(new ShowRecord(options, wiring));
        cmd.addSubcommand(new VerifyRecord(options, wiring));
        return cmd;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code record list CASE}: the records of a case, by case number or id. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRecords extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE", descriptionKey = "cli.record.case")
        String caseRef;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListRecords(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = openStore()) {
                EnforcementCase c = findCase(store, caseRef);
                List<StoredRecord> records = store.records().byCase(c.id());
                Messages m = options.messages();
                if (json) {
                    ArrayNode array = MAPPER.createArrayNode();
                    records.forEach(r -> array.add(summary(r)));
                    out().println(MAPPER.writeValueAsString(array));
                } else {
                    for (StoredRecord r : records) {
                        out().println(m.get("cli.record.line", r.record().id(), m.get(r.record().type().messageKey()),
                                local(r.record().startedAt(), store.zone()), r.sealed() ? m.get("cli.record.sealed", r.sealCode())
                                        : m.get("cli.record.draft")));
                    }
                    out().println(m.get("cli.record.count", records.size()));
                }
                out().flush();
            }
            return 0;
        }
    }

    /** {@code record show ID}: one record in full. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class ShowRecord extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", descriptionKey = "cli.record.id")
        String id;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        @Option(names = "--reveal-ids", descriptionKey = "cli.option.revealIds")
        boolean revealIds;

        ShowRecord(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = openStore()) {
                StoredRecord stored = findRecord(store, id);
                if (json) {
                    ObjectNode n = summary(stored);
                    var record = MAPPER.readTree(store.records().codec().write(stored.record()));
                    // ID numbers are private: masked like on screen unless asked for.
                    n.set("record", revealIds ? record : IdMasking.masked(record));
                    out().println(MAPPER.writeValueAsString(n));
                } else {
                    printHuman(stored, options.messages(), store.zone());
                }
                out().flush();
            }
            return 0;
        }

        private void printHuman(StoredRecord stored, Messages m, ZoneId zone) {
            SiteRecord r = stored.record();
            out().println(m.get(r.type().messageKey()) + "  " + r.id());
            out().println(m.get("cli.record.when", local(r.startedAt(), zone),
                    r.endedAt() == null ? "—" : local(r.endedAt(), zone), r.place().name()));
            out().println(stored.sealed() ? m.get("cli.record.sealedAt", local(stored.sealedAt(), zone),
                    stored.sealCode()) : m.get("cli.record.draft"));
            for (Participant p : r.participants()) {
                out().println("  " + m.get(p.role().messageKey()) + "  " + names(p, m));
            }
            r.transcript().forEach(t -> {
                String speaker = r.participant(t.speakerId()).map(p -> names(p, m)).orElse("?");
                out().println(m.get("cli.record.entry", speaker, t.original()));
                if (t.translation() != null) {
                    out().println("    → " + t.translation());
                }
            });
            if (!r.agreement().isEmpty()) {
                out().println(m.get("cli.record.agreement"));
                int n = 1;
                for (AgreementTerm term : r.agreement().terms()) {
                    String what = term.whatZh() != null && term.whatBo() != null ? term.whatZh() + " / " + term.whatBo()
                            : term.whatZh() != null ? term.whatZh() : term.whatBo();
                    out().println(m.get("cli.record.term", n++, m.get(term.kind().messageKey()),
                            what == null ? "" : what, term.quantity() == null ? "" : term.quantity().toPlainString(),
                            term.due() == null ? "—" : term.due().toString()));
                }
            }
            out().println(m.get("cli.record.signatures"));
            for (Participant p : r.participants()) {
                out().println(r.signatureOf(p.id()).map(s -> m.get("cli.record.signature", names(p, m),
                        m.get(s.kind().messageKey()), local(s.at(), zone)))
                        .orElseGet(() -> m.get("cli.record.unsigned", names(p, m))));
            }
        }
    }

    /** {@code record verify ID}: recomputes the seal; exit 0 when it matches, 1 naming what changed. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class VerifyRecord extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", descriptionKey = "cli.record.id")
        String id;

        VerifyRecord(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages m = options.messages();
            if (id.strip().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                return new PdfVerification(this, m).verify(java.nio.file.Path.of(id.strip()));
            }
            try (Store store = openStore()) {
                // An id is checked against the chain even when its row is gone; a seal code needs the row.
                UUID recordId = SEAL_CODE.matcher(id.strip().toUpperCase(Locale.ROOT).replace("-", "")).matches()
                        ? findRecord(store, id).record().id() : parseId(id);
                // A record the chain sealed that is now a draft or gone is tampering, not a typo.
                var lost = store.chainAudit().checkSeal(recordId);
                if (lost.isPresent()) {
                    spec.commandLine().getErr().println(m.get(lost.get()));
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                SealCheck check = store.records().verify(recordId);
                if (check.intact()) {
                    String code = store.records().find(recordId).map(StoredRecord::sealCode).orElse("");
                    out().println(m.get("cli.record.verified", code));
                    out().flush();
                    return 0;
                }
                for (SealCheck.Problem problem : check.problems()) {
                    spec.commandLine().getErr().println(m.get(problem));
                }
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }

    /**
     * {@code record verify FILE.pdf}: the record embedded in the PDF against the seal it names and
     * the QR on its pages, then against this computer's store where that holds the record. Exit 0
     * when it is a rendering of the sealed record, 1 naming what does not hold.
     */
    private static final class PdfVerification {
        private final VerifyRecord command;
        private final Messages m;

        PdfVerification(VerifyRecord command, Messages m) {
            this.command = command;
            this.m = m;
        }

        int verify(java.nio.file.Path file) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new LocalizedException("docs.verify.error.notPdf", file);
            }
            org.lastmile.docs.PdfSealCheck.Result result = org.lastmile.docs.PdfSealCheck.check(file);
            var contents = result.contents();
            List<String> problems = new java.util.ArrayList<>(result.problems().stream().map(m::get).toList());
            List<String> notes = new java.util.ArrayList<>();
            try (Store store = command.openStore()) {
                UUID recordId = parseId(contents.recordId());
                String embeddedId = embeddedId(store, contents.canonical());
                if (embeddedId != null && !embeddedId.equals(contents.recordId())) {
                    problems.add(m.get("cli.record.verify.pdfOtherRecord", embeddedId, contents.recordId()));
                }
                drawnText(store, file, contents).ifPresent(p -> problems.add(m.get(p)));
                Optional<StoredRecord> stored = store.records().find(recordId);
                if (stored.isEmpty() || !stored.get().sealed()) {
                    notes.add(m.get("cli.record.verify.pdfNotInStore"));
                } else if (!stored.get().sealSha256().equals(contents.sealSha256())) {
                    problems.add(m.get("cli.record.verify.pdfOtherSeal", stored.get().sealCode(),
                            org.lastmile.domain.record.seal.SealCode.of(contents.sealSha256())));
                } else {
                    // the seal is the store's: name the fields in which the embedded copy differs
                    store.records().differencesFromSealed(recordId, contents.canonical()).forEach(p -> problems.add(m.get(p)));
                    if (problems.isEmpty()) {
                        notes.add(m.get("cli.record.verify.pdfStoreMatches"));
                    }
                    store.records().byCase(stored.get().record().caseId()).stream()
                            .filter(r -> recordId.equals(r.record().amends()))
                            .forEach(r -> notes.add(m.get("cli.record.verify.amendedBy", r.record().id())));
                }
            }
            var err = command.spec.commandLine().getErr();
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                err.flush();
                return 1;
            }
            command.out().println(m.get("cli.record.verify.pdfIntact",
                    org.lastmile.domain.record.seal.SealCode.of(contents.sealSha256()), contents.recordId()));
            notes.forEach(command.out()::println);
            command.out().flush();
            return 0;
        }

        /**
         * Whether the pages show the embedded record's text (PdfTextCheck says what is compared);
         * nothing to say when the embedded record cannot be read (the seal check has said so).
         */
        private static Optional<org.lastmile.domain.record.seal.SealCheck.Problem> drawnText(Store store,
                java.nio.file.Path file, org.lastmile.docs.PdfSeal.Contents contents) {
            org.lastmile.domain.record.SiteRecord record;
            try {
                record = store.records().codec().read(contents.canonical());
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
            return org.lastmile.docs.PdfTextCheck.check(file, record, contents.sealSha256(),
                    Messages.of(Language.CHINESE), Messages.of(Language.TIBETAN));
        }

        /** The id written inside the embedded record, or {@code null} when it cannot be read. */
        private static String embeddedId(Store store, String canonical) {
            try {
                return store.records().codec().read(canonical).id().toString();
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    static ObjectNode summary(StoredRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.record().id().toString());
        n.put("case_id", r.record().caseId().toString());
        n.put("type", r.record().type().name().toLowerCase(Locale.ROOT));
        n.put("started_at", r.record().startedAt().toString());
        Instant ended = r.record().endedAt();
        n.put("ended_at", ended == null ? null : ended.toString());
        n.put("place", r.record().place().name());
        n.put("state", r.sealed() ? "sealed" : "draft");
        n.put("seal_sha256", r.sealSha256());
        n.put("seal_code", r.sealCode());
        n.put("participants", r.record().participants().size());
        n.put("signatures", r.record().signatures().size());
        n.put("amends", r.record().amends() == null ? null : r.record().amends().toString());
        return n;
    }

    /**
     * A case by id, by its number, or by any part of its number that only one case has
     * ({@code 2224执218}), as {@code cases search} finds it.
     */
    static EnforcementCase findCase(Store store, String ref) {
        try {
            return store.cases().find(UUID.fromString(ref.strip()))
                    .orElseThrow(() -> new LocalizedException("cli.record.error.noCase", ref));
        } catch (IllegalArgumentException notAnId) {
            String wanted = normalizeNumber(ref);
            List<EnforcementCase> all = store.cases().all();
            Optional<EnforcementCase> exact = all.stream()
                    .filter(c -> normalizeNumber(c.number().toString()).equals(wanted)).findFirst();
            if (exact.isPresent() || wanted.isEmpty()) {
                return exact.orElseThrow(() -> new LocalizedException("cli.record.error.noCase", ref));
            }
            List<EnforcementCase> matches = all.stream()
                    .filter(c -> normalizeNumber(c.number().toString()).contains(wanted)).toList();
            if (matches.size() > 1) {
                throw new LocalizedException("cli.record.error.manyCases", ref, matches.size(),
                        matches.stream().limit(5).map(c -> c.number().toString()).collect(Collectors.joining(", ")));
            }
            return matches.stream().findFirst()
                    .orElseThrow(() -> new LocalizedException("cli.record.error.noCase", ref));
        }
    }

    /**
     * A record by its id or by its seal code as the window and the QR code show it
     * ({@code W40J-FEXT}; case and the hyphen do not matter).
     */
    static StoredRecord findRecord(Store store, String ref) {
        String code = ref.strip().toUpperCase(Locale.ROOT).replace("-", "");
        if (SEAL_CODE.matcher(code).matches()) {
            for (EnforcementCase c : store.cases().all()) {
                for (StoredRecord r : store.records().byCase(c.id())) {
                    if (r.sealed() && r.sealCode().replace("-", "").equals(code)) {
                        return r;
                    }
                }
            }
            throw new LocalizedException("cli.record.error.noSeal", ref.strip());
        }
        return store.records().find(parseId(ref))
                .orElseThrow(() -> new LocalizedException("record.error.notFound", ref));
    }

    private static final Pattern SEAL_CODE = Pattern.compile("[0-9A-Z]{8}");

    /** A stored instant as people read it: the court's local time, to the second. */
    static String local(Instant at, ZoneId zone) {
        return at == null ? "—" : LOCAL.format(at.atZone(zone));
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private static String normalizeNumber(String ref) {
        return ref.strip().replace('（', '(').replace('）', ')').replace(" ", "");
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.record.error.ref", id);
        }
    }

    /** The name in the output's language first (where recorded), the other script after it. */
    private static String names(Participant p, Messages m) {
        if (p.nameZh() != null && p.nameBo() != null) {
            return m.language() == Language.TIBETAN ? p.nameBo() + " (" + p.nameZh() + ")"
                    : p.nameZh() + " (" + p.nameBo() + ")";
        }
        return p.displayName();
    }
}
