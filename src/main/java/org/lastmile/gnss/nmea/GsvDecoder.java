package org.lastmile.gnss.nmea;

/**
 * {@code $--GSV,total,number,inView,…}: only the count of satellites in view is used, per talker
 * (GP, GL, GA, BD/GB, ...), and the counts of the constellations are added.
 */
final class GsvDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        int inView = s.integer(3, -1);
        if (inView < 0) {
            return false;
        }
        assembler.epoch().satellitesInView(s.charAt(0, 0), s.charAt(0, 1), inView);
        return true;
    }
}
