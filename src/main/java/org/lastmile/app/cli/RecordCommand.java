package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SiteRecord;
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
                                r.record().startedAt(), r.sealed() ? m.get("cli.record.sealed", r.sealCode())
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
                StoredRecord stored = store.records().find(parseId(id))
                        .orElseThrow(() -> new LocalizedException("record.error.notFound", id));
                if (json) {
                    ObjectNode n = summary(stored);
                    var record = MAPPER.readTree(store.records().codec().write(stored.record()));
                    // ID numbers are private: masked like on screen unless asked for.
                    n.set("record", revealIds ? record : IdMasking.masked(record));
                    out().println(MAPPER.writeValueAsString(n));
                } else {
                    printHuman(stored, options.messages());
                }
                out().flush();
            }
            return 0;
        }

        private void printHuman(StoredRecord stored, Messages m) {
            SiteRecord r = stored.record();
            out().println(m.get(r.type().messageKey()) + "  " + r.id());
            out().println(m.get("cli.record.when", r.startedAt(), r.endedAt() == null ? "—" : r.endedAt(),
                    r.place().name()));
            out().println(stored.sealed() ? m.get("cli.record.sealed", stored.sealCode()) : m.get("cli.record.draft"));
            for (Participant p : r.participants()) {
                out().println("  " + m.get(p.role().messageKey()) + "  " + names(p));
            }
            r.transcript().forEach(t -> {
                String speaker = r.participant(t.speakerId()).map(RecordCommand::names).orElse("?");
                out().println("  " + speaker + ": " + t.original());
                if (t.translation() != null) {
                    out().println("    → " + t.translation());
                }
            });
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
            try (Store store = openStore()) {
                UUID recordId = parseId(id);
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

    static EnforcementCase findCase(Store store, String ref) {
        try {
            return store.cases().find(UUID.fromString(ref))
                    .orElseThrow(() -> new LocalizedException("cli.record.error.noCase", ref));
        } catch (IllegalArgumentException notAnId) {
            return store.cases().all().stream().filter(c -> c.number().toString().equals(normalizeNumber(ref)))
                    .findFirst().orElseThrow(() -> new LocalizedException("cli.record.error.noCase", ref));
        }
    }

    private static String normalizeNumber(String ref) {
        return ref.strip().replace('（', '(').replace('）', ')').replace(" ", "");
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.record.error.id", id);
        }
    }

    private static String names(Participant p) {
        if (p.nameZh() != null && p.nameBo() != null) {
            return p.nameZh() + " (" + p.nameBo() + ")";
        }
        return p.displayName();
    }
}
