package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchCommand;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchError;
import org.lastmile.domain.sketch.SketchException;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.gnss.average.AveragedPosition;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.UndoState;

/**
 * The sketch screen's state: the sketch with its unlimited undo ({@link SketchHistory}), and the
 * calculation of what is on it ({@link SketchCalculator}, the engine of the exports), re-run after every change as a task on the injected executor (the
 * latest change wins: an older result arriving late is dropped). Edits come in as text, the way
 * the officer types them; a bad entry sets {@link #problemProperty()} and changes nothing.
 */
public final class SketchViewModel {

    private final SketchHistory history;
    private final UndoState undo;
    private final Background background;
    private final ReadOnlyObjectWrapper<SiteSketch> sketch = new ReadOnlyObjectWrapper<>(this, "sketch");
    private final ReadOnlyObjectWrapper<SketchResult> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final SketchCalculator calculator;
    private Task<SketchResult> running;
    private long generation;

    public SketchViewModel(SketchHistory history, Background background) {
        this(history, background, new SketchCalculator());
    }

    /**
     * @param calculator the same engine the exports and documents use, so that the screen and the
     *     printed sketch agree by construction
     */
    public SketchViewModel(SketchHistory history, Background background, SketchCalculator calculator) {
        this.history = Objects.requireNonNull(history);
        this.background = Objects.requireNonNull(background);
        this.calculator = Objects.requireNonNull(calculator);
        this.undo = new UndoState(history.stacks());
        editable.set(!history.frozen());
        history.addListener(this::changed);
        changed(history.current());
        if (history.frozen()) {
            // said at once: the officer should not find out by typing
            problem.set(new SketchException(SketchError.FROZEN));
        }
    }

    /** Whether the sketch is held by a sealed record and can only be looked at. */
    public boolean frozen() {
        return history.frozen();
    }

    /**
     * Whether the sketch may be edited: false when a sealed record holds it. The screen greys every
     * editing control (and drops editing shortcuts and clicks) by this, and keeps viewing, zoom and
     * printing; the history refuses edits anyway, this only keeps the officer from trying.
     */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /**
     * A change the screen shows could not be stored: said in the user's language (the store's own
     * message where it has one), so that the officer never takes it for saved.
     */
    public void saveFailed(Throwable failure) {
        problem.set(failure instanceof MessageKeyed keyed ? keyed : new MessageKey("sketch.problem.save"));
    }

    private void changed(SiteSketch now) {
        sketch.set(now);
        recalculate(now);
    }

    private void recalculate(SiteSketch now) {
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        running = background.run(() -> calculator.calculate(now), result -> {
            if (mine == generation) {
                outcome.set(result);
            }
        }, failure -> problem.set(new MessageKey("sketch.problem.calculation")));
    }

    /** Runs an edit; a refusal shows as the problem, nothing changes. */
    public boolean execute(SketchCommand command) {
        try {
            history.execute(command);
            problem.set(null);
            return true;
        } catch (SketchException e) {
            problem.set(e);
            return false;
        }
    }

    // Corners

    /** Adds a corner from an averaged receiver position (projected to the site's plane). */
    public boolean addCaptured(AveragedPosition p) {
        PlanePoint at = plane().toPlane(p.longitude(), p.latitude());
        CornerOrigin origin = CornerOrigin.gnss(p.used(), p.sigmaHorizontal(), p.longitude(), p.latitude());
        return execute(SketchEdits.addCorner(new Corner(UUID.randomUUID().toString(), nextName(), at, origin)));
    }

    /**
     * Adds a typed corner: easting and northing in metres, or longitude and latitude (decimal or
     * DMS such as 100°09'12.5"E) when the first value is an angle.
     */
    public boolean addTyped(String first, String second) {
        Optional<CoordinateInput.Typed> typed = CoordinateInput.read(first, second);
        if (typed.isEmpty()) {
            problem.set(new MessageKey("sketch.corner.error.coordinates", first, second));
            return false;
        }
        CoordinateInput.Typed t = typed.get();
        if (t.geographic()) {
            PlanePoint at = plane().toPlane(t.x(), t.y());
            return execute(SketchEdits.addCorner(new Corner(UUID.randomUUID().toString(), nextName(), at,
                    CornerOrigin.typedGeographic(Double.NaN, t.x(), t.y()))));
        }
        return execute(SketchEdits.addCorner(new Corner(UUID.randomUUID().toString(), nextName(),
                new PlanePoint(t.x(), t.y()), CornerOrigin.typedPlane(Double.NaN))));
    }

    /** Moves a corner to typed plane coordinates (numeric vertex editing). */
    public boolean moveTo(String cornerName, String east, String north) {
        Optional<Corner> c = current().cornerNamed(cornerName.strip());
        Optional<CoordinateInput.Typed> typed = CoordinateInput.read(east, north);
        if (c.isEmpty() || typed.isEmpty() || typed.get().geographic()) {
            problem.set(new MessageKey("sketch.corner.error.coordinates", east, north));
            return false;
        }
        return execute(SketchEdits.moveCorner(c.get().id(), new PlanePoint(typed.get().x(), typed.get().y()),
                CornerOrigin.typedPlane(Double.NaN)));
    }

    /** The next free corner name J1, J2, … */
    String nextName() {
        int n = current().corners().size() + 1;
        while (current().cornerNamed("J" + n).isPresent()) {
            n++;
        }
        return "J" + n;
    }

    /** Makes the parcel from all corners in the order taken, and numbers them J1… clockwise from the top-left. */
    public boolean closeParcel() {
        List<String> ring = current().corners().stream().map(Corner::id).toList();
        if (ring.size() < 3) {
            problem.set(new MessageKey("sketch.error.shortRing"));
            return false;
        }
        String id = current().parcels().isEmpty() ? "parcel-1" : current().parcels().get(0).id();
        if (!execute(SketchEdits.parcel(new Parcel(id, "", ring)))) {
            return false;
        }
        return execute(SketchEdits.numberCorners(id));
    }

    // Measurements

    /** Commits a tape typed as "J1", "J2", "85.37" (Enter). */
    public boolean tape(String from, String to, String length) {
        Optional<Corner> a = current().cornerNamed(from.strip());
        Optional<Corner> b = current().cornerNamed(to.strip());
        if (a.isEmpty() || b.isEmpty()) {
            problem.set(new MessageKey("sketch.error.unknownCorner", a.isEmpty() ? from : to));
            return false;
        }
        Optional<Double> metres = Numbers.metres(length);
        if (metres.isEmpty()) {
            problem.set(new MessageKey("sketch.tape.error.length", length));
            return false;
        }
        String id = current().tapeBetween(a.get().id(), b.get().id()).map(Tape::id)
                .orElse(UUID.randomUUID().toString());
        try {
            return execute(SketchEdits.tape(new Tape(id, a.get().id(), b.get().id(), metres.get(), length)));
        } catch (SketchException e) {
            problem.set(e);
            return false;
        }
    }

    /** The flagged slip's suggestion, applied (the one-key fix). */
    public boolean fixSlip() {
        SketchResult now = outcome.get();
        if (now == null || now.slip().isEmpty()) {
            return false;
        }
        SketchResult.TapeFit slip = now.slip().get();
        double value = Math.round(slip.suggestion().getAsDouble() * 100) / 100.0;
        return execute(SketchEdits.tapeLength(slip.tapeId(), value, String.format(java.util.Locale.ROOT, "%.2f", value)));
    }

    // Lines

    /** Sets a party's claimed line from corner names ("J1 J2 J6 J7"). */
    public boolean claim(Party party, String names) {
        return ring(names).map(r -> execute(SketchEdits.claim(party, r))).orElse(false);
    }

    public boolean agreed(String names) {
        return ring(names).map(r -> execute(SketchEdits.agreed(r))).orElse(false);
    }

    private Optional<List<String>> ring(String names) {
        List<String> ids = new ArrayList<>();
        for (String name : names.trim().split("[\\s,，、]+")) {
            Optional<Corner> c = current().cornerNamed(name);
            if (c.isEmpty()) {
                problem.set(new MessageKey("sketch.error.unknownCorner", name));
                return Optional.empty();
            }
            ids.add(c.get().id());
        }
        if (ids.size() < 3) {
            problem.set(new MessageKey("sketch.error.shortRing"));
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    public PlaneSystem plane() {
        return (PlaneSystem) CrsCatalog.parse(current().crs());
    }

    public SiteSketch current() {
        return history.current();
    }

    public SketchHistory history() {
        return history;
    }

    public UndoState undo() {
        return undo;
    }

    public Background background() {
        return background;
    }

    public ReadOnlyObjectProperty<SiteSketch> sketchProperty() {
        return sketch.getReadOnlyProperty();
    }

    /** The adjustment of the sketch as it is now (null until the first result). */
    public ReadOnlyObjectProperty<SketchResult> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void report(MessageKeyed why) {
        problem.set(why);
    }
}
