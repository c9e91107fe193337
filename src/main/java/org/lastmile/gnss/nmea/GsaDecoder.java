package org.lastmile.gnss.nmea;

import org.lastmile.gnss.fix.FixMode;

/**
 * {@code $--GSA,A,3,prn,…(12),pdop,hdop,vdop[,system]}: the fix mode, the satellites used (one
 * GSA per constellation on multi-GNSS receivers: their counts add up) and the DOPs.
 */
final class GsaDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        Epoch epoch = assembler.epoch();
        FixMode mode = FixMode.ofGsaCode(s.integer(2, -1));
        if (mode != FixMode.UNKNOWN) {
            epoch.mode = mode;
        }
        int used = 0;
        for (int field = 3; field <= 14; field++) {
            if (!s.isEmpty(field)) {
                used++;
            }
        }
        epoch.addGsaSatellites(used);
        double pdop = s.decimal(15);
        double hdop = s.decimal(16);
        double vdop = s.decimal(17);
        if (pdop < 99) {
            epoch.pdop = pdop;
        }
        if (hdop < 99) {
            epoch.gsaHdop = hdop;
        }
        if (vdop < 99) {
            epoch.vdop = vdop;
        }
        return mode != FixMode.UNKNOWN;
    }
}
