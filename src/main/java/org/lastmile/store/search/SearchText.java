package org.lastmile.store.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Obligation;
import org.lastmile.domain.cases.Party;

/**
 * The text a case is found by: its number, cause, title, obligations, and each party's names in
 * both scripts, the Tibetan name also in Wylie, address and phone. Lower case, NFC.
 */
public final class SearchText {

    private final UnaryOperator<String> toWylie;

    /** @param toWylie converts Tibetan script to Wylie (EWTS), so that a party is found by Wylie */
    public SearchText(UnaryOperator<String> toWylie) {
        this.toWylie = toWylie;
    }

    public String of(EnforcementCase c) {
        StringBuilder b = new StringBuilder(256);
        add(b, c.number().toString());
        add(b, c.number().court().nameZh());
        add(b, c.number().court().nameBo());
        add(b, c.causeZh());
        add(b, c.causeBo());
        add(b, c.title().documentNumber());
        add(b, c.title().issuer());
        add(b, c.title().summaryZh());
        add(b, c.title().summaryBo());
        for (Obligation o : c.obligations()) {
            add(b, o.descriptionZh());
            add(b, o.descriptionBo());
            if (o.parcel() != null) {
                add(b, o.parcel().location());
                add(b, o.parcel().parcelId());
            }
        }
        for (Party p : c.parties()) {
            add(b, p.nameZh());
            add(b, p.nameBo());
            if (p.nameBo() != null) {
                add(b, toWylie.apply(p.nameBo()));
            }
            add(b, p.idNumber());
            add(b, p.phone());
            add(b, p.address());
        }
        return normalize(b.toString());
    }

    /** The form both indexed text and queries take. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void add(StringBuilder b, String value) {
        if (value != null && !value.isBlank()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(value);
        }
    }
}
