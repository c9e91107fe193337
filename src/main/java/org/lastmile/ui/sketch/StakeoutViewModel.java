package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.MarkerType;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.division.Division;
import org.lastmile.domain.sketch.DivisionCut;
import org.lastmile.survey.stakeout.Stakeout;
import org.lastmile.survey.stakeout.StakeoutOp;
import org.lastmile.ui.common.MessageKey;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The stake-out card of each computed point (the two ends of the accepted cut line): the edge it
 * lies on and the distance along it from the edge's first corner, two check distances from other
 * corners, bearing and distance from the nearest corner, and live guidance from the receiver. The
 * markers are added to the sketch, and recorded as placed from the receiver's position.
 */
public final class StakeoutViewModel {

    /** Within this distance (m) of the design the guidance shows the bull's-eye. */
    public static final double TOLERANCE_M = 0.10;

    /** One computed point and how to find it. */
    public record Card(String name, PlanePoint design, String edgeFrom, String edgeTo, double alongM,
            String nearest, double nearestM, double bearingDeg, String check1, double check1M, String check2,
            double check2M) {
    }

    /** Where the officer stands against a card's point: move ΔE east, ΔN north. */
    public record Guidance(double deltaE, double deltaN, double distanceM, boolean inside) {
    }

    private final SketchViewModel sketch;
    private final Supplier<Optional<PlanePoint>> position;
    private final ReadOnlyObjectWrapper<List<Card>> cards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());

    /** @param position where the receiver is now on the site's plane, if it has a fix */
    public StakeoutViewModel(SketchViewModel sketch, Supplier<Optional<PlanePoint>> position) {
        this.sketch = sketch;
        this.position = position;
        sketch.outcomeProperty().addListener((o, a, b) -> update());
        sketch.sketchProperty().addListener((o, a, b) -> update());
        update();
    }

    public ReadOnlyObjectProperty<List<Card>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    /** The accepted cut on the adjusted corners, if there is one. */
    public static Optional<Division> cut(SketchViewModel sketch) {
        org.lastmile.domain.sketch.SketchResult outcome = sketch.outcomeProperty().get();
        Optional<org.lastmile.domain.sketch.Division> d = sketch.current().divisionOf();
        if (outcome == null || d.isEmpty()) {
            return Optional.empty();
        }
        Optional<Parcel> parcel = sketch.current().parcel(d.get().parcelId());
        try {
            return parcel.map(p -> DivisionCut.cut(ParcelGeometry.polygon(p.ring(), outcome.positions()), d.get()));
        } catch (LocalizedException e) {
            return Optional.empty();
        }
    }

    private void update() {
        Optional<Division> cut = cut(sketch);
        org.lastmile.domain.sketch.SketchResult outcome = sketch.outcomeProperty().get();
        if (cut.isEmpty() || cut.get().cuts().isEmpty()) {
            cards.set(List.of());
            return;
        }
        Parcel parcel = sketch.current().parcel(sketch.current().division().parcelId()).orElseThrow();
        Polygon polygon = ParcelGeometry.polygon(parcel.ring(), outcome.positions());
        StakeoutOp op = new StakeoutOp(polygon);
        Geometry line = cut.get().cuts().get(0).line();
        Coordinate[] ends = {line.getCoordinates()[0], line.getCoordinates()[line.getCoordinates().length - 1]};
        List<Card> out = new ArrayList<>();
        int number = sketch.current().corners().size() + 1;
        for (Coordinate end : ends) {
            Stakeout s = op.locate(end);
            out.add(new Card("J" + number++, new PlanePoint(s.e(), s.n()), name(parcel, s.edge().from()),
                    name(parcel, s.edge().to()), s.alongM(), name(parcel, s.nearest().corner()),
                    s.nearest().distanceM(), s.nearest().bearingDeg(), name(parcel, s.checks().get(0).corner()),
                    s.checks().get(0).distanceM(), name(parcel, s.checks().get(1).corner()),
                    s.checks().get(1).distanceM()));
        }
        cards.set(List.copyOf(out));
    }

    private String name(Parcel parcel, int index) {
        return sketch.current().requireCorner(parcel.ring().get(index)).name();
    }

    /** Adds the cards' points as boundary markers (one undoable edit each). */
    public boolean addMarkers(MarkerType type) {
        for (Card card : cards.get()) {
            Optional<Marker> existing = sketch.current().markers().stream().filter(m -> m.name().equals(card.name()))
                    .findFirst();
            String id = existing.map(Marker::id).orElse(UUID.randomUUID().toString());
            if (!sketch.execute(SketchEdits.marker(new Marker(id, card.name(), type, "", card.design(),
                    existing.map(Marker::placed).orElse(null))))) {
                return false;
            }
        }
        return true;
    }

    /** Guidance from where the receiver is now to card {@code i}. */
    public Optional<Guidance> guidance(int i) {
        Optional<PlanePoint> here = position.get();
        if (here.isEmpty() || i >= cards.get().size()) {
            return Optional.empty();
        }
        PlanePoint to = cards.get().get(i).design();
        double de = to.e() - here.get().e();
        double dn = to.n() - here.get().n();
        double d = Math.hypot(de, dn);
        return Optional.of(new Guidance(de, dn, d, d <= TOLERANCE_M));
    }

    /** Records card {@code i}'s marker as placed where the receiver is now. */
    public boolean recordPlaced(int i) {
        Optional<PlanePoint> here = position.get();
        if (here.isEmpty()) {
            sketch.report(new MessageKey("sketch.capture.error.noFix"));
            return false;
        }
        String name = cards.get().get(i).name();
        Optional<Marker> marker = sketch.current().markers().stream().filter(m -> m.name().equals(name)).findFirst();
        if (marker.isEmpty()) {
            sketch.report(new MessageKey("sketch.stakeout.error.noMarker", name));
            return false;
        }
        return sketch.execute(SketchEdits.placeMarker(marker.get().id(), here.get()));
    }
}
