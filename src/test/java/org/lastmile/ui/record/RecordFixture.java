package org.lastmile.ui.record;

import org.lastmile.service.AttachmentService;
import org.lastmile.service.FieldImportService;
import org.lastmile.service.RecordService;
import org.lastmile.service.CaseService;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.Hashes;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;
import org.lastmile.store.attachments.AttachmentLimits;
import org.lastmile.store.records.SignatureImage;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.record.attachments.AttachmentChooser;
import org.lastmile.ui.record.edit.RecordUpdates;
import org.lastmile.ui.record.list.NewRecord;
import org.lastmile.ui.record.place.PositionSource;

/**
 * A demo store with the record screens' services: background work on the calling (FX) thread,
 * autosaves held until {@link RecordViewModel#editor()}{@code .flush()} (a delay of an hour, so a
 * test decides when the save happens), the test clock; a chooser that hands in the paths a test
 * sets, a signature capture that signs on a drawn pad (or refuses, for whom a test says), an
 * opener that remembers what it opened.
 */
public final class RecordFixture implements AutoCloseable {

    public final UiFixture ui;
    public final Store store;
    public final ScheduledExecutorService saves = Executors.newSingleThreadScheduledExecutor();
    public final RecordUpdates updates = new RecordUpdates();
    public final List<UUID> opened = new ArrayList<>();
    /** The records whose printed documents were asked for. */
    public final List<UUID> printed = new ArrayList<>();
    public final List<Path> photos = new ArrayList<>();
    public Path folder;
    /** What the chooser hands in for "Import field file…" (null: cancelled). */
    public Path fieldFile;
    /** Whoever is in here refuses with the reason, before the witness. */
    public final Map<UUID, Refusal> refusals = new HashMap<>();
    public final RecordServices services;

    public record Refusal(String reason, UUID witness) {
    }

    public RecordFixture(Path dir) {
        ui = new UiFixture(dir);
        store = ui.store;
        AttachmentService attachments = new AttachmentService(store.attachments(AttachmentLimits.DEFAULT));
        services = new RecordServices(
                RecordService.of(store, new RecordChecker(RuleTable.defaults(), TestStores.ZONE)),
                CaseService.of(store), attachments, new FieldImportService(attachments),
                ui.background, saves, Duration.ofHours(1), TestStores.CLOCK, updates, () -> "test-officer");
    }

    public RecordPorts ports() {
        AttachmentChooser chooser = new AttachmentChooser() {
            @Override
            public List<Path> photos() {
                return List.copyOf(photos);
            }

            @Override
            public Optional<Path> folder() {
                return Optional.ofNullable(folder);
            }

            @Override
            public Optional<Path> bodyCameraFile() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> fieldFile() {
                return Optional.ofNullable(fieldFile);
            }
        };
        return new RecordPorts(chooser, (record, signer, content, done) -> done.accept(sign(record, signer, content)),
                opened::add, PositionSource.NONE, printed::add);
    }

    /** A new land hand-over draft of the farmland case, opened in a view model. */
    public RecordViewModel newHandover() {
        SiteRecord draft = NewRecord.of(ui.farmland(), RecordType.LAND_HANDOVER, TestStores.CLOCK.instant());
        store.records().saveDraft(draft, "test-officer");
        return open(draft.id());
    }

    public RecordViewModel open(UUID id) {
        RecordViewModel model = new RecordViewModel(services, ports());
        model.load(id);
        return model;
    }

    /** A signature as the pad makes it (strokes, their hash, the PNG stored), or the refusal set up. */
    public Signature sign(SiteRecord record, Participant signer, String content) {
        Instant at = TestStores.CLOCK.instant();
        Refusal refusal = refusals.get(signer.id());
        if (refusal != null) {
            return new Signature(UUID.randomUUID(), signer.id(), SignatureKind.REFUSED, content, List.of(), null, null,
                    "居民身份证", null, null, at, record.place(), signer.language(), null, refusal.reason(),
                    refusal.witness());
        }
        List<Stroke> strokes = List.of(new Stroke(List.of(new StrokePoint(10, 10, 0, 1), new StrokePoint(80, 40, 120, 1))));
        String image = store.blobs().put(new ByteArrayInputStream(SignatureImage.png(strokes, 120, 60))).sha256();
        boolean interpreted = signer.language() != record.language();
        Messages m = Messages.of(signer.language() == SpokenLanguage.TIBETAN ? Language.TIBETAN : Language.CHINESE);
        String confirmation = signer.role() == ParticipantRole.OFFICER ? null
                : m.get(interpreted ? "signature.confirm.interpreted" : "signature.confirm.read");
        return new Signature(UUID.randomUUID(), signer.id(), SignatureKind.PAD, content, strokes,
                Hashes.sha256(store.records().codec().strokesText(strokes)), image, "居民身份证", "test pad", "test",
                at, record.place(), signer.language(), confirmation, null, null);
    }

    @Override
    public void close() {
        saves.shutdownNow();
        ui.close();
    }
}
