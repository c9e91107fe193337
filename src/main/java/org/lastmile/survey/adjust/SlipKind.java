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
    TAPE_LENGTH("survey.adjust.slip.tapeLength"),
    /** A digit left out (100.478 written as 10.478): the suggestion puts it back. */
    DIGIT_DROPPED("survey.adjust.slip.digitDropped"),
    /** A digit written twice (154.737 written as 1554.737): the suggestion writes it once. */
    DIGIT_DOUBLED("survey.adjust.slip.digitDoubled"),
    /** A hundred metres too many or too few. */
    HUNDRED_METRES("survey.adjust.slip.hundredMetres"),
    /** The decimal point one place off (85.368 written as 853.68 or 8.5368). */
    DECIMAL_SHIFT("survey.adjust.slip.decimalShift");

    private final String messageKey;

    SlipKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the description; its argument is the suggested value in metres. */
    public String messageKey() {
        return messageKey;
    }
}
