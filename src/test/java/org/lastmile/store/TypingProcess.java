package org.lastmile.store;

import org.lastmile.service.Autosave;
import org.lastmile.store.open.Store;
import io.bdrc.ewtsconverter.EwtsConverter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;

/**
 * A separate process that types a transcript the way an officer does — an entry every few
 * milliseconds, saved by {@link Autosave} — and prints {@code saved N} each time the store confirms
 * a record with N entries. {@code NothingLostTest} kills it at a random moment.
 */
public final class TypingProcess {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID recordId = UUID.fromString(args[1]);
        EwtsConverter ewts = new EwtsConverter();
        Store store = Store.open(dir, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), CourtTable.shipped(),
                ewts::toWylie, true);
        EnforcementCase c = store.cases().all().get(0);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        Autosave<SiteRecord> autosave = new Autosave<>(executor, Duration.ofMillis(200),
                r -> store.records().saveDraft(r, "typist"), result -> {
                    if (result instanceof Autosave.Saved<SiteRecord> saved) {
                        System.out.println("saved " + saved.state().transcript().size());
                        System.out.flush();
                    }
                });
        SiteRecord record = SiteRecord.start(recordId, c.id(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE,
                Instant.now(), Place.named("typing test"));
        UUID speaker = UUID.randomUUID();
        List<TranscriptEntry> transcript = new ArrayList<>();
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; i <= 100_000; i++) {
            transcript.add(new TranscriptEntry(UUID.randomUUID(), speaker, SpokenLanguage.TIBETAN,
                    "བཀྲ་ཤིས་བདེ་ལེགས། entry " + i, "扎西德勒 " + i, null, Instant.now()));
            record = record.edit().transcript(transcript).build();
            autosave.submit(record);
            Thread.sleep(3);
        }
    }
}
