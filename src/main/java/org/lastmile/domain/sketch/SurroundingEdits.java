package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.common.MessageKeyed;

/**
 * Edits that bring things onto the sketch from outside it or take landmarks off: the chosen
 * points of a field file as corners and landmarks in one undoable step, and the removal of a
 * landmark. Like {@link SketchEdits}, each refuses with a {@link SketchException} and changes
 * nothing.
 */
public final class SurroundingEdits {

    private SurroundingEdits() {
    }

    private record Edit(MessageKeyed description, java.util.function.UnaryOperator<SiteSketch> change)
            implements SketchCommand {
        @Override
        public SiteSketch apply(SiteSketch before) {
            return change.apply(before);
        }
    }

    /**
     * Adds a field file's chosen points: corners and landmarks together, one step to undo.
     *
     * @param fileName named in the undo button's description
     */
    public static SketchCommand importFile(String fileName, List<Corner> corners, List<Landmark> landmarks) {
        List<Corner> c = List.copyOf(corners);
        List<Landmark> l = List.copyOf(landmarks);
        return new Edit(new SketchEdits.Description(EditKind.IMPORT, fileName, c.size(), l.size()), s -> {
            if (c.isEmpty() && l.isEmpty()) {
                return s;
            }
            List<Corner> allCorners = new ArrayList<>(s.corners());
            allCorners.addAll(c);
            List<Landmark> allLandmarks = new ArrayList<>(s.landmarks());
            for (Landmark x : l) {
                if (allLandmarks.stream().anyMatch(y -> y.id().equals(x.id()))) {
                    throw new SketchException(SketchError.DUPLICATE_NAME, x.id());
                }
                allLandmarks.add(x);
            }
            return s.withCorners(allCorners).withLandmarks(allLandmarks);
        });
    }

    /**
     * Moves a landmark so that its centre (the mean of its points: the point itself for a tree or a
     * well) lands on {@code to}; a road or a building keeps its shape. {@code label} names it in the
     * undo button.
     */
    public static SketchCommand moveLandmark(String id, String label, org.lastmile.survey.crs.PlanePoint to) {
        return new Edit(new SketchEdits.Description(EditKind.MOVE_LANDMARK, label), s -> {
            Landmark old = s.landmarks().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new SketchException(SketchError.UNKNOWN_ELEMENT, id));
            double de = to.e() - old.points().stream().mapToDouble(p -> p.e()).average().orElseThrow();
            double dn = to.n() - old.points().stream().mapToDouble(p -> p.n()).average().orElseThrow();
            Landmark moved = new Landmark(old.id(), old.kind(), old.label(), old.points().stream()
                    .map(p -> new org.lastmile.survey.crs.PlanePoint(p.e() + de, p.n() + dn)).toList());
            return s.withLandmarks(s.landmarks().stream().map(x -> x == old ? moved : x).toList());
        });
    }

    /** Takes a landmark off the sketch ({@code label} names it in the undo button). */
    public static SketchCommand removeLandmark(String id, String label) {
        return new Edit(new SketchEdits.Description(EditKind.REMOVE_LANDMARK, label), s -> {
            Landmark gone = s.landmarks().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new SketchException(SketchError.UNKNOWN_ELEMENT, id));
            return s.withLandmarks(SiteSketch.minus(s.landmarks(), x -> x == gone, id));
        });
    }
}
