package org.lastmile.ui.sync;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.lastmile.common.MessageKeyed;
import org.lastmile.sync.ConflictDecision;
import org.lastmile.sync.Conflicts;
import org.lastmile.sync.CourtFault;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncProgress;
import org.lastmile.sync.SyncSummary;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;

/**
 * The sync screen (同步): whether this device is enrolled (and enrolment when it is not), "Sync
 * now" as a task through the sync's own executor, the progress and "safe to unplug" as the
 * database has them, and the conflicts a person must decide, both values side by side.
 */
public final class SyncViewModel {

    private final SyncClient client;
    private final Background background;
    private final Supplier<String> actor;

    private final BooleanProperty enrolled = new SimpleBooleanProperty();
    private final ObjectProperty<Enrolment> enrolment = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<SyncProgress> progress = new SimpleObjectProperty<>();
    private final ObjectProperty<SyncSummary> lastRun = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageKeyed> problem = new SimpleObjectProperty<>();
    private final ObservableList<Conflicts.Open> conflicts = FXCollections.observableArrayList();
    private final java.util.Map<UUID, String> names = new java.util.HashMap<>();
    private final ObservableList<SyncClient.Refusal> refusals = FXCollections.observableArrayList();

    /** The enrolment form: the court's https address, the one-time code, the court CA file. */
    public final StringProperty serverUrl = new SimpleStringProperty("");
    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty caFile = new SimpleStringProperty("");

    /**
     * @param background the sync's own executor (a run can take minutes; the store thread stays free)
     * @param actor the officer deciding a conflict
     */
    public SyncViewModel(SyncClient client, Background background, Supplier<String> actor) {
        this.client = client;
        this.background = background;
        this.actor = actor;
    }

    /** Reads the enrolment, the progress and the conflicts (on the calling thread: quick reads). */
    public void load() {
        Enrolment e = client.enrolment().orElse(null);
        enrolment.set(e);
        enrolled.set(e != null);
        progress.set(client.progress());
        java.util.List<Conflicts.Open> open = client.conflicts();
        names.clear();
        open.forEach(c -> names.put(c.id(), client.entityName(c.entity(), c.entityId())));
        conflicts.setAll(open);
        refusals.setAll(client.refusals());
    }

    /** Runs the sync; the progress follows each checkpoint. */
    public Task<SyncSummary> syncNow() {
        if (running.get() || !enrolled.get()) {
            return null;
        }
        running.set(true);
        problem.set(null);
        return background.run(() -> client.run(this::stepped), summary -> {
            running.set(false);
            lastRun.set(summary);
            if (summary.outcome() == SyncSummary.Outcome.STOPPED && summary.stoppedBy() != null) {
                problem.set(new MessageKey("sync.error.courtTrouble", summary.stoppedBy()));
            } else if (summary.outcome() == SyncSummary.Outcome.STOPPED) {
                problem.set(new MessageKey("sync.screen.stopped"));
            } else if (summary.stoppedBy() != null) {
                // the court's key in this laptop's language (CourtMessage is a Localized argument)
                problem.set(new MessageKey("sync.error.courtRefused", summary.stoppedBy()));
            }
            load();
        }, failure -> {
            running.set(false);
            problem.set(Problems.of(failure));
            load();
        });
    }

    /** Called on the sync's thread after each checkpoint: read there, shown on the FX thread. */
    private void stepped() {
        SyncProgress now = client.progress();
        if (Platform.isFxApplicationThread()) {
            progress.set(now);
        } else {
            Platform.runLater(() -> progress.set(now));
        }
    }

    /** Enrols with the form's server, code and CA file (the same steps as {@code lastmile sync enrol}). */
    public Task<Enrolment> enrol() {
        problem.set(null);
        String server = serverUrl.get();
        String oneTimeCode = code.get();
        String ca = caFile.get() == null ? "" : caFile.get().trim();
        if (ca.isEmpty()) {
            problem.set(new MessageKey("sync.screen.caMissing"));
            return null;
        }
        return background.run(() -> {
            try {
                return client.enrol(server, oneTimeCode, Path.of(ca), SyncClient.deviceName());
            } catch (CourtFault fault) {
                throw SyncClient.refused(fault)
                        ? SyncClient.enrolRefused(fault)
                        : new org.lastmile.common.LocalizedException("sync.error.unreachable", server);
            }
        }, e -> {
            code.set("");
            load();
        }, failure -> problem.set(Problems.of(failure)));
    }

    /** Keeps the office's or the field's value for one conflict; the case changes and the conflict closes. */
    public void decide(Conflicts.Open conflict, ConflictDecision.Choice choice) {
        UUID id = conflict.id();
        background.run(() -> {
            client.decide(id, choice, actor.get());
            return null;
        }, done -> load(), failure -> {
            problem.set(Problems.of(failure));
            load();
        });
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled;
    }

    public ReadOnlyObjectProperty<Enrolment> enrolmentProperty() {
        return enrolment;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyObjectProperty<SyncProgress> progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<SyncSummary> lastRunProperty() {
        return lastRun;
    }

    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem;
    }

    /** Safe to unplug: nothing waits to be sent and every file is verified by the court. */
    public boolean safeToUnplug() {
        return progress.get() != null && progress.get().safeToUnplug();
    }

    /** Operations and files the court refused: each needs a person. */
    public long needsPerson() {
        return progress.get() == null ? 0 : progress.get().needsPerson();
    }

    public ObservableList<Conflicts.Open> conflicts() {
        return conflicts;
    }

    /** The conflict's entity as a person knows it (a case by its number). */
    public String entityName(Conflicts.Open conflict) {
        return names.getOrDefault(conflict.id(), conflict.entityId());
    }

    /** What the court refused (operations and files), each for a person to look at. */
    public ObservableList<SyncClient.Refusal> refusals() {
        return refusals;
    }
}
