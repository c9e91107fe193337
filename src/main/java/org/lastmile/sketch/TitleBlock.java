package org.lastmile.sketch;

import java.util.List;

/**
 * What the title block says besides the sketch itself (evidence rules 2019, art. 43).
 *
 * @param caseNumber the case number (案号)
 * @param drawnAt when the sketch was drawn, as the reader's calendar writes it
 * @param signatures one box per person who signs: name, role, and whether they refused
 */
public record TitleBlock(String caseNumber, String drawnAt, List<SignatureBox> signatures) {

    public TitleBlock {
        signatures = List.copyOf(signatures);
    }

    /**
     * A signature box.
     *
     * @param name the person's name as the record writes it
     * @param role their role (party, officer, witness…), translated
     * @param signed whether they signed
     * @param refused whether they refused (the box then carries the refusal mark)
     */
    public record SignatureBox(String name, String role, boolean signed, boolean refused) {
    }
}
