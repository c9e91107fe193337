package org.lastmile.domain.cases;

import java.util.Locale;

/** What the title obliges the respondent to do; decides the unit of the quantity. */
public enum ObligationKind {
    /** 给付金钱 — pay money (quantity in yuan). */
    MONEY(Unit.YUAN),
    /** 交付土地 — hand over (return) land (quantity in mu). */
    HAND_OVER_LAND(Unit.MU),
    /** 分割草场 — divide grassland (quantity in mu). */
    DIVIDE_GRASSLAND(Unit.MU),
    /** 分割牲畜 — divide or deliver livestock (quantity in head). */
    DIVIDE_LIVESTOCK(Unit.HEAD),
    /** 行为 — another act (remove a fence, stop grazing); no quantity. */
    OTHER_ACT(Unit.NONE);

    /** Units of obligation quantities. */
    public enum Unit {
        YUAN, MU, HEAD, NONE;

        public String messageKey() {
            return "unit." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Unit unit;

    ObligationKind(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** Land kinds carry a parcel description with its four boundaries. */
    public boolean concernsLand() {
        return this == HAND_OVER_LAND || this == DIVIDE_GRASSLAND;
    }

    public String messageKey() {
        return "obligation.kind." + name().toLowerCase(Locale.ROOT);
    }
}
