package org.lastmile.ui.sketch.canvas;

import javafx.scene.canvas.GraphicsContext;

/** One thing the sketch canvas draws (the grid, the parcels, the claims, the corners …), in order. */
@FunctionalInterface
public interface Layer {

    void draw(GraphicsContext g, Viewport view, Pen pen);
}
