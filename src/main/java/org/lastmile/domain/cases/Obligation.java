package org.lastmile.domain.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Problem;
import org.lastmile.domain.Text;

/**
 * One obligation the title imposes.
 *
 * @param id identity
 * @param kind money, land, grassland, livestock or another act
 * @param quantity yuan, mu or head per {@link ObligationKind#unit()}; {@code null} for other acts
 * @param descriptionZh what exactly, in Chinese
 * @param descriptionBo what exactly, in Tibetan, may be empty
 * @param parcel for land kinds, the parcel; otherwise {@code null}
 */
public record Obligation(UUID id, ObligationKind kind, BigDecimal quantity, String descriptionZh,
        String descriptionBo, LandParcel parcel) {

    public Obligation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        descriptionZh = Text.cleanOrNull(descriptionZh);
        descriptionBo = Text.cleanOrNull(descriptionBo);
        if (!kind.concernsLand()) {
            parcel = null;
        }
    }

    /** What must be corrected before saving. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (kind.unit() != ObligationKind.Unit.NONE && (quantity == null || quantity.signum() <= 0)) {
            problems.add(new Problem("quantity", "obligation.quantity.error.positive"));
        }
        if (descriptionZh == null && descriptionBo == null) {
            problems.add(new Problem("descriptionZh", "obligation.description.error.missing"));
        }
        return problems;
    }

    /** Practice warnings (not blocking): a land obligation without location or four boundaries. */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>();
        if (kind.concernsLand()) {
            if (parcel == null || parcel.location() == null) {
                warnings.add(new Problem("parcel.location", "obligation.parcel.warn.location"));
            }
            if (parcel == null || !parcel.hasFourBoundaries()) {
                warnings.add(new Problem("parcel.boundaries", "obligation.parcel.warn.boundaries"));
            }
        }
        return warnings;
    }
}
