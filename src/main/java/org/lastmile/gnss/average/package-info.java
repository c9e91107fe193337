/**
 * Averaging the fixes taken at one corner into one position with an honest σ
 * ({@link org.lastmile.gnss.average.CornerAverager}). The model is described on
 * {@link org.lastmile.gnss.average.CornerAverager} and in docs/gnss.md ("Capturing a corner well").
 */
package org.lastmile.gnss.average;
