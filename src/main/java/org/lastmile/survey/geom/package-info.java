/**
 * Checks that a parcel is a valid polygon before anything is computed on it, and names what is
 * wrong and where (a code and a coordinate) when it is not.
 */
package org.lastmile.survey.geom;
