package org.lastmile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.lastmile.docs.DocumentFonts;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.receiver.Receiver;
import org.lastmile.gnss.receiver.Scheduler;
import org.lastmile.service.BasemapService;
import org.lastmile.service.ReceiverSetting;
import org.lastmile.service.SettingsService;
import org.lastmile.service.SketchFieldFiles;
import org.lastmile.service.UseCases;
import org.lastmile.store.open.Store;
import org.lastmile.sync.CourtProbe;
import org.lastmile.sync.SyncClient;
import org.lastmile.ui.casefile.CaseFileScreen;
import org.lastmile.ui.casefile.CaseFileView;
import org.lastmile.ui.casefile.CaseFileViewModel;
import org.lastmile.ui.casefile.edit.CaseEditor;
import org.lastmile.ui.cases.CaseListViewModel;
import org.lastmile.ui.cases.CaseUpdates;
import org.lastmile.ui.cases.CasesScreen;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Navigator;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.docs.DocumentPreviewViewModel;
import org.lastmile.ui.docs.DocumentWindow;
import org.lastmile.ui.main.Screens;
import org.lastmile.ui.record.RecordPlaces;
import org.lastmile.ui.record.RecordPorts;
import org.lastmile.ui.record.RecordScreen;
import org.lastmile.ui.record.RecordServices;
import org.lastmile.ui.record.RecordView;
import org.lastmile.ui.record.RecordViewModel;
import org.lastmile.ui.record.attachments.AttachmentChooser;
import org.lastmile.ui.record.edit.RecordOpener;
import org.lastmile.ui.record.list.CaseRecordsView;
import org.lastmile.ui.record.list.CaseRecordsViewModel;
import org.lastmile.ui.record.place.PositionSource;
import org.lastmile.ui.record.place.ReceiverPosition;
import org.lastmile.ui.record.sign.FingerprintFiles;
import org.lastmile.ui.record.sign.SignatureServices;
import org.lastmile.ui.record.signatures.SignatureDialogs;
import org.lastmile.ui.settings.FolderOpener;
import org.lastmile.ui.settings.ReceiverSettingsView;
import org.lastmile.ui.settings.ReceiverSettingsViewModel;
import org.lastmile.ui.settings.SettingsScreen;
import org.lastmile.ui.settings.SettingsView;
import org.lastmile.ui.settings.SettingsViewModel;
import org.lastmile.ui.sketch.DivisionViewModel;
import org.lastmile.ui.sketch.SketchPrintViewModel;
import org.lastmile.ui.sketch.SketchScreen;
import org.lastmile.ui.sketch.SketchView;
import org.lastmile.ui.sketch.SketchViewModel;
import org.lastmile.ui.sketch.StakeoutViewModel;
import org.lastmile.ui.sketch.basemap.BasemapViewModel;
import org.lastmile.ui.sketch.field.FieldFileViewModel;
import org.lastmile.ui.sketch.field.SketchFieldTools;
import org.lastmile.ui.sketch.field.SurroundingsViewModel;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;
import org.lastmile.ui.sync.AutoSync;
import org.lastmile.ui.sync.SyncScreen;
import org.lastmile.ui.sync.SyncView;
import org.lastmile.ui.sync.SyncViewModel;

/** Makes each screen with its view model, wired to the store and the window's services. */
final class DesktopScreens implements Screens {

    /** The plane of a new sketch: Gauss-Krüger zone 33 (99°E) on CGCS2000, no prefix, which holds Gangcha. */
    private static final String DEFAULT_SKETCH_CRS = "EPSG:4542";

    /** How often the automatic sync looks for the court (a connection attempt of at most 2 s). */
    private static final Duration AUTO_SYNC_EVERY = Duration.minutes(1);

    private final Store store;
    // Where the user was in each record closed in this session (a reopened record returns there).
    private final RecordPlaces recordPlaces = new RecordPlaces();
    private final UseCases useCases;
    private final DeadlineEngine engine;
    private final ViewContext ui;
    private final Background background;
    private final CaseUpdates updates;
    private final Profile profile;
    private final Supplier<LocalDate> today;
    private final Path dataDirectory;
    private final FolderOpener folders;
    private final CaseListViewModel caseList;
    private final RecordServices records;
    private final AttachmentChooser.Factory attachments;
    private ExecutorService syncThread;
    private SyncViewModel syncModel;
    private AutoSync autoSync;
    private ExecutorService gnssThreads;
    private ScheduledExecutorService gnssTimer;
    private ExecutorService tileThread;

    DesktopScreens(Store store, UseCases useCases, DeadlineEngine engine, ViewContext ui, Background background, CaseUpdates updates,
            Profile profile, Supplier<LocalDate> today, Path dataDirectory, FolderOpener folders,
            CaseListViewModel caseList, RecordServices records, AttachmentChooser.Factory attachments) {
        this.store = store;
        this.useCases = useCases;
        this.engine = engine;
        this.ui = ui;
        this.background = background;
        this.updates = updates;
        this.profile = profile;
        this.today = today;
        this.dataDirectory = dataDirectory;
        this.folders = folders;
        this.caseList = caseList;
        this.records = records;
        this.attachments = attachments;
    }

    @Override
    public Screen cases(Navigator navigator) {
        return new CasesScreen(caseList, ui, navigator);
    }

    @Override
    public Screen caseFile(UUID id, Navigator navigator) {
        CaseEditor editor = new CaseEditor(useCases.cases(), background, updates, profile::actor, null);
        CaseFileViewModel model = new CaseFileViewModel(editor, engine, today, store.courts(), false);
        // The case's on-site records, read after the case (the store thread keeps the order).
        CaseRecordsViewModel caseRecords = new CaseRecordsViewModel(id, model.caseProperty()::get, useCases.records(),
                background, records.updates(), recordId -> openRecord(recordId, navigator),
                records.clock()::instant, profile::actor);
        Button sketchButton = ui.button(ui.text("sketch.open"),
                () -> navigator.show(SketchScreen.screenId(id), () -> sketch(id)));
        sketchButton.setId("open-sketch");
        sketchButton.setMinHeight(44);
        Node recordsSection = new VBox(8, sketchButton,
                new CaseRecordsView(caseRecords, ui, store.zone()).view());
        CaseFileScreen screen = new CaseFileScreen(Screens.caseId(id), model,
                new CaseFileView(model, ui, today, recordsSection), ui);
        screen.whenClosed(caseRecords::close);
        editor.load(id); // read on the store thread, shown when it arrives
        caseRecords.load();
        return screen;
    }

    @Override
    public Optional<Supplier<Screen>> reopen(String id, Navigator navigator) {
        if (id.equals("settings")) {
            return Optional.of(() -> settings(navigator));
        }
        if (id.equals("sync")) {
            return Optional.of(() -> sync(navigator));
        }
        int colon = id.indexOf(':');
        UUID uuid;
        try {
            uuid = UUID.fromString(id.substring(colon + 1));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // the case list, or a line that is no screen's
        }
        return switch (colon < 0 ? "" : id.substring(0, colon)) {
            case "case" -> Optional.of(() -> caseFile(uuid, navigator));
            case "record" -> Optional.of(() -> record(uuid, navigator));
            case "sketch" -> Optional.of(() -> sketch(uuid));
            default -> Optional.empty();
        };
    }

    @Override
    public Screen newCase(Navigator navigator) {
        String id = "new-case:" + UUID.randomUUID();
        CaseEditor editor = new CaseEditor(useCases.cases(), background, updates, profile::actor, null);
        editor.currentProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                navigator.renamed(id, Screens.caseId(now.id()));
            }
        });
        CaseFileViewModel model = new CaseFileViewModel(editor, engine, today, store.courts(), true);
        return new CaseFileScreen(id, model, new CaseFileView(model, ui, today), ui);
    }

    /**
     * The case's site sketch: read from the store (an empty sketch on Gauss-Krüger zone 33 when
     * there is none), every change saved as it is made. Without a receiver configured corners are
     * typed or imported; capture stays disabled.
     */
    private Screen sketch(UUID caseId) {
        SketchHistory history = useCases.sketches().history(caseId, DEFAULT_SKETCH_CRS, 0);
        SketchViewModel model = new SketchViewModel(history, background);
        history.addListener(now -> background.run(() -> useCases.sketches().save(now, profile.actor()), saved -> { },
                model::saveFailed));
        DivisionViewModel division = new DivisionViewModel(model);
        SketchReceiver receiver = SketchReceiver.open(ReceiverSetting.of(store).get(), ui,
                Platform::runLater, gnssThreads(), gnssScheduler(), Clock.systemUTC());
        StakeoutViewModel stakeout = new StakeoutViewModel(model, receiver.position(model::plane));
        SketchView view = new SketchView(model, division, stakeout, receiver.capture().orElse(null), null, ui);
        view.root().setTop(receiver.strip());
        BasemapViewModel basemap = new BasemapViewModel(BasemapService.of(store), background, profile::actor);
        basemap.load();
        SketchFieldFiles files = new SketchFieldFiles(useCases.fieldImports());
        SketchFieldTools.install(view, new SketchFieldTools.Models(
                model, stakeout, receiver.status(),
                new FieldFileViewModel(model, files::read, background),
                new SurroundingsViewModel(model), basemap, new Background(tileThread())), ui);
        Supplier<Window> owner = () -> view.root().getScene() == null ? null : view.root().getScene().getWindow();
        view.setPrint(new SketchPrintViewModel(model, sketchDocuments(caseId),
                (render, language) -> new DocumentWindow(ui, background, owner).show(render, language),
                ui.locale()::getLanguage));
        return new SketchScreen(caseId, model, view, ui, () -> {
            receiver.close();
            basemap.close();
        });
    }

    /**
     * The receivers' blocking reads (one thread per open connection, so a cached pool) and the
     * pacing of replays and reconnections (one timer thread); daemon threads, like the sync's.
     */
    private ExecutorService gnssThreads() {
        if (gnssThreads == null) {
            gnssThreads = Executors.newCachedThreadPool(SketchReceiver.daemon("lastmile-gnss"));
            gnssTimer = Executors.newSingleThreadScheduledExecutor(SketchReceiver.daemon("lastmile-gnss-timer"));
        }
        return gnssThreads;
    }

    /** Reads and decodes basemap tiles, one at a time, off the FX thread and off the store thread. */
    private ExecutorService tileThread() {
        if (tileThread == null) {
            tileThread = Executors.newSingleThreadExecutor(SketchReceiver.daemon("lastmile-tiles"));
        }
        return tileThread;
    }

    private Scheduler gnssScheduler() {
        gnssThreads();
        return Scheduler.of(gnssTimer);
    }

    /** Shows a record in its own tab (the open one if it is open). */
    private void openRecord(UUID recordId, Navigator navigator) {
        navigator.show(RecordOpener.screenId(recordId), () -> record(recordId, navigator));
    }

    private Screen record(UUID recordId, Navigator navigator) {
        AtomicReference<Node> root = new AtomicReference<>();
        Supplier<Window> owner = () -> root.get() == null || root.get().getScene() == null ? null
                : root.get().getScene().getWindow();
        PlaceReceiver placeReceiver = placeReceiver();
        SignatureServices signing = new SignatureServices(records.clock(), background, useCases.signing(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                version());
        RecordPorts ports = new RecordPorts(attachments.forWindow(owner),
                new SignatureDialogs(ui, signing, FingerprintFiles.fileChooser(ui.locale()), owner),
                id -> openRecord(id, navigator), placeReceiver.position(),
                id -> new DocumentWindow(ui, background, owner).show(language -> printed(id, language),
                        DocumentPreviewViewModel.defaultLanguage(ui.locale().getLanguage(),
                                useCases.documents().defaultLanguage(id))));
        RecordViewModel model = new RecordViewModel(records, ports);
        RecordView view = new RecordView(model, ui, store.zone(), recordPlaces);
        root.set(view.root());
        model.load(recordId);
        RecordScreen screen = new RecordScreen(RecordOpener.screenId(recordId), model, view, ui);
        screen.whenClosed(placeReceiver::close);
        return screen;
    }

    /** The record's place from the receiver chosen in the settings (the sketch's), open while the record is. */
    private record PlaceReceiver(Optional<Receiver> receiver, Optional<ReceiverStatusViewModel> status) {
        PositionSource position() {
            return status.<PositionSource>map(ReceiverPosition::new).orElse(PositionSource.NONE);
        }

        void close() {
            status.ifPresent(ReceiverStatusViewModel::close);
            receiver.ifPresent(Receiver::close);
        }
    }

    private PlaceReceiver placeReceiver() {
        Optional<Receiver> receiver = ReceiverSetting.of(store).get()
                .open(gnssThreads(), gnssScheduler(), Clock.systemUTC());
        Optional<ReceiverStatusViewModel> status = receiver.map(r ->
                new ReceiverStatusViewModel(r, Platform::runLater, AveragingSettings.defaults()::maxSigma));
        receiver.ifPresent(Receiver::start);
        return new PlaceReceiver(receiver, status);
    }

    /** A case's sketch document, rendered into {@code documents/} as a record's are. */
    private SketchPrintViewModel.SketchDocuments sketchDocuments(UUID caseId) {
        return new SketchPrintViewModel.SketchDocuments() {
            @Override
            public DocumentLanguage partiesLanguage() {
                return useCases.documents().defaultSketchLanguage(caseId);
            }

            @Override
            public Path render(DocumentLanguage language) throws IOException {
                Path out = documentsFolder().resolve("sketch-" + caseId + "-"
                        + language.name().toLowerCase(Locale.ROOT) + ".pdf");
                useCases.documents().renderSketch(caseId, Optional.of(language),
                        DocumentFonts.find(Optional.empty()), out);
                return out;
            }
        };
    }

    private Path documentsFolder() throws IOException {
        Path folder = dataDirectory.resolve("documents");
        Files.createDirectories(folder);
        return folder;
    }

    /**
     * Renders a record's documents into {@code documents/} of the data directory (replaced on each
     * print: the sealed record in the store is the original, the file only what was printed).
     */
    private Path printed(UUID recordId, DocumentLanguage language) throws IOException {
        Path out = documentsFolder().resolve(recordId + "-" + language.name().toLowerCase(Locale.ROOT) + ".pdf");
        useCases.documents().renderRecord(recordId, Optional.of(language),
                DocumentFonts.find(Optional.empty()), out);
        return out;
    }

    /** The application version from the jar's manifest ({@code dev} when run from classes). */
    private static String version() {
        String version = DesktopScreens.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public Screen sync(Navigator navigator) {
        SyncViewModel model = syncModel();
        model.load();
        return new SyncScreen(model, new SyncView(model, autoSync(), ui), ui);
    }

    /** The app's one sync: "Sync now" and the automatic sync start the same run and see it running. */
    private SyncViewModel syncModel() {
        if (syncModel == null) {
            syncModel = new SyncViewModel(new SyncClient(store, records.clock()), new Background(syncThread()),
                    profile::actor);
        }
        return syncModel;
    }

    private AutoSync autoSync() {
        if (autoSync == null) {
            SettingsService settings = useCases.settings();
            autoSync = new AutoSync(syncModel(), new Background(syncThread()), settings::autoSync,
                    CourtProbe.standard()::reachable, records.clock());
        }
        return autoSync;
    }

    /**
     * The automatic sync's timer: once a minute it asks (on the sync thread) whether the setting is
     * on and the court answers, and then syncs. Nothing is read before the first tick.
     */
    Timeline autoSyncTimer() {
        Timeline timer = new Timeline(new KeyFrame(AUTO_SYNC_EVERY, e -> autoSync().tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        return timer;
    }

    /** The sync's own thread: a run takes minutes and must not hold up the store thread. */
    private Executor syncThread() {
        if (syncThread == null) {
            syncThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lastmile-sync");
                t.setDaemon(true); // a run cut by closing the window resumes at the next one
                return t;
            });
        }
        return syncThread;
    }

    @Override
    public Screen settings(Navigator navigator) {
        SettingsViewModel model = new SettingsViewModel(useCases.settings(), store.courts(),
                ui.locale(), background, profile, dataDirectory, folders);
        model.load();
        SettingsView view = new SettingsView(model, ui, today);
        ReceiverSetting receiver = ReceiverSetting.of(store);
        ReceiverSettingsViewModel receiverModel = new ReceiverSettingsViewModel(receiver::get,
                choice -> receiver.choose(choice, profile.actor()), background);
        receiverModel.load();
        view.addSection(new ReceiverSettingsView(receiverModel, ui).root());
        return new SettingsScreen(model, view, ui);
    }
}
