package org.lastmile.gnss.nmea;

/** {@code $--ZDA,hhmmss.ss,dd,mm,yyyy,zh,zm}: UTC time and the full date. */
final class ZdaDecoder implements SentenceDecoder {

    @Override
    public boolean decode(Sentence s, EpochAssembler assembler) {
        long time = s.timeOfDay(1);
        if (time < 0) {
            return false;
        }
        assembler.time(time);
        int day = s.integer(2, -1);
        int month = s.integer(3, -1);
        int year = s.integer(4, -1);
        if (day < 0 || month < 0 || year < 1980) {
            return false;
        }
        assembler.date(year, month, day);
        return true;
    }
}
