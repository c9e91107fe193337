package org.lastmile.survey.adjust;

/** The usual ways a taped distance is written down wrong; each has a message key. */
public enum SlipKind {
    /** Two neighbouring digits swapped (85.368 written as 58.368). */
    DIGITS_SWAPPED("survey.adjust.slip.digitsSwapped"),
    /** One metre too many or too few. */
    ONE_METRE("survey.adjust.slip.oneMetre"),
    /** Ten metres too many or too few. */
    TEN_METRES("survey.adjust.slip.tenMetres"),
    /** One full tape length too many or too few (a tape length not counted or counted twice). */
    TAPE_LENGTH("survey.adjust.slip.tapeLength");

    private final String messageKey;

    SlipKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the description; its argument is the suggested value in metres. */
    public String messageKey() {
        return messageKey;
    }
}
