package org.lastmile.domain.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;
import org.lastmile.domain.cases.ObligationKind;

/**
 * One term of an agreement reached on site: what, how much, when, where, how.
 *
 * @param id identity
 * @param kind money, land, grassland, livestock or another act
 * @param whatZh the term in Chinese
 * @param whatBo the term in Tibetan
 * @param quantity yuan, mu or head (per the kind's unit); may be {@code null} for an act
 * @param due the day it must be done by, may be {@code null}
 * @param place where, may be empty
 * @param manner how (in instalments, by bank transfer, on site), may be empty
 * @param payeeId for money, the participant who receives it
 * @param livestock for livestock, the animals, line by line
 * @param parcelRef for land, the parcel (its contract or certificate number, or the sketch)
 */
public record AgreementTerm(UUID id, ObligationKind kind, String whatZh, String whatBo, BigDecimal quantity,
        LocalDate due, String place, String manner, UUID payeeId, List<InventoryLine> livestock, String parcelRef) {

    public AgreementTerm {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        whatZh = Text.cleanOrNull(whatZh);
        whatBo = Text.cleanOrNull(whatBo);
        place = Text.cleanOrNull(place);
        manner = Text.cleanOrNull(manner);
        parcelRef = Text.cleanOrNull(parcelRef);
        livestock = List.copyOf(livestock);
    }
}
