/**
 * The surveying library of LastMile: coordinate systems ({@code crs}), areas ({@code area}),
 * division of a parcel ({@code division}) and shapes measured with a tape only ({@code tape}).
 *
 * <p>A library a surveyor could reuse: it knows nothing of cases, storage, screens or languages.
 * Coordinates are always written x first: longitude then latitude in degrees, easting then
 * northing in metres. Problems come back as enum codes with message keys, never as text.
 */
package org.lastmile.survey;
