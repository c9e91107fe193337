package org.lastmile.sync;

import org.lastmile.domain.cases.EnforcementCase;

/** Case edits the sync tests make. */
final class Cases {

    private Cases() {
    }

    /** The case with both causes (案由, Chinese and Tibetan) replaced. */
    static EnforcementCase withCause(EnforcementCase k, String causeZh, String causeBo) {
        return new EnforcementCase(k.id(), k.number(), causeZh, causeBo, k.title(), k.obligations(), k.filingDate(),
                k.status(), k.officerIds(), k.parties(), k.progress(), k.demo());
    }
}
