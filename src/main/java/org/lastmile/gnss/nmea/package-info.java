/**
 * NMEA 0183 parsing: a streaming, allocation-light parser ({@link org.lastmile.gnss.nmea.NmeaParser})
 * that checks checksums, survives noise of every kind in bounded memory, and assembles the
 * sentences of one receiver cycle into {@link org.lastmile.gnss.fix.GnssFix} epochs the way gpsd
 * does. Supported: GGA, RMC, GNS, GLL, GSA, GST, GSV, VTG, ZDA from any talker (GP, GN, GL, GA,
 * BD, GB, GQ, ...).
 */
package org.lastmile.gnss.nmea;
