/**
 * The sketch on paper and in files: {@link org.lastmile.sketch.SketchLayout} places a calculated
 * sketch on an A4 page (scale, grid, scale bar, north arrow, legend, title block, signature boxes)
 * as plain {@link org.lastmile.sketch.Drawing} primitives in millimetres, which the screen and the
 * SVG and PNG writers draw alike; GeoJSON for GIS. No JavaFX, no store.
 */
package org.lastmile.sketch;
