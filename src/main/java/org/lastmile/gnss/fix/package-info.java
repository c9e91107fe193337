/**
 * What a GNSS receiver reports for one epoch ({@link org.lastmile.gnss.fix.GnssFix}): UTC time,
 * position (latitude and longitude in degrees on WGS84, altitude in metres above mean sea level),
 * fix quality, satellites, dilution of precision and the receiver's own error estimate. Shared by
 * the NMEA parser, the receivers and the averaging of corners; knows nothing of cases or screens.
 */
package org.lastmile.gnss.fix;
