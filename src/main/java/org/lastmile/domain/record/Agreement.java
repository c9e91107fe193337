package org.lastmile.domain.record;

import java.util.List;
import org.lastmile.domain.Text;

/**
 * What the parties agreed on site (settlement or hand-over terms).
 *
 * @param terms the terms in order
 * @param breachZh the consequences of breach, in Chinese (e.g. resume enforcement of the title)
 * @param breachBo the same in Tibetan
 */
public record Agreement(List<AgreementTerm> terms, String breachZh, String breachBo) {

    public static final Agreement NONE = new Agreement(List.of(), null, null);

    public Agreement {
        terms = List.copyOf(terms);
        breachZh = Text.cleanOrNull(breachZh);
        breachBo = Text.cleanOrNull(breachBo);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
