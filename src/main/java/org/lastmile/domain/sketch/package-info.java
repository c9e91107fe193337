/**
 * The site sketch (现场图) of a case as plain values: corners and where they came from, boundary
 * markers (界桩), taped sides, bearings and offsets, the parcel, each party's claim, the agreed
 * line, the parts of a division, landmarks and the four boundaries (四至). A {@link
 * org.lastmile.domain.sketch.SiteSketch} is immutable; every edit is a {@link
 * org.lastmile.domain.sketch.SketchCommand} applied through a {@link
 * org.lastmile.domain.sketch.SketchHistory} (unlimited undo). The geometry stays in
 * {@code org.lastmile.survey}: {@link org.lastmile.domain.sketch.SketchCalculator} turns a sketch
 * into survey observations and runs the existing adjustment, areas, division and stake-out.
 */
package org.lastmile.domain.sketch;
