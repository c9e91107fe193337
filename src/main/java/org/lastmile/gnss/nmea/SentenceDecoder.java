package org.lastmile.gnss.nmea;

/** Reads one type of sentence into the open cycle. */
interface SentenceDecoder {

    /**
     * Decodes a checked sentence; returns false when its fields make no sense (the sentence is then
     * counted as malformed; whatever it already contributed stays).
     */
    boolean decode(Sentence sentence, EpochAssembler assembler);
}
