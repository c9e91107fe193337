package org.lastmile.docs;

import java.util.List;
import java.util.Optional;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;

/**
 * One document of a record's PDF before layout (the record itself, its settlement agreement, a
 * receipt): its heading, its body paragraphs, who signs in the boxes at the foot of each of its
 * pages and the footer. Each document numbers its own pages ("第×页 共×页").
 */
interface PrintedDocument {

    /** Court, document name and case number, centred and right-aligned. */
    List<TextLine> title();

    /** Paragraphs, each already in the document's languages (Tibetan line above Chinese). */
    List<String> body();

    /** Who has a signature box and a fingerprint box on every page. */
    List<Participant> everyPageSigners();

    /** The captured signature drawn in a signer's box; empty where the form is signed on paper. */
    Optional<Signature> signatureOf(Participant signer);

    /**
     * Who signs in boxes at the end of the document only (the officers, the clerk, the
     * interpreter and the others present on a record's last page); empty by default.
     */
    default List<Participant> closingSigners() {
        return List.of();
    }

    /** Which text is the original, in a bilingual document. */
    List<String> footer();
}
