package org.lastmile.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseProgress;

/** Small cases for domain tests. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    public static EnforcementCase landCase(LocalDate filed, TitleKind titleKind, CaseProgress progress) {
        return build(filed, titleKind, progress, ObligationKind.HAND_OVER_LAND, new BigDecimal("6.6"));
    }

    public static EnforcementCase moneyCase(LocalDate filed, CaseProgress progress) {
        return build(filed, TitleKind.JUDGMENT, progress, ObligationKind.MONEY, new BigDecimal("48000"));
    }

    private static EnforcementCase build(LocalDate filed, TitleKind titleKind, CaseProgress progress,
            ObligationKind kind, BigDecimal quantity) {
        CaseNumber number = CaseNumber.parse("(" + filed.getYear() + ")青2224执12号", CourtTable.shipped(),
                Year.of(filed.getYear()));
        Obligation obligation = new Obligation(UUID.randomUUID(), kind, quantity, "obligation", null, null);
        Party applicant = new Party(UUID.randomUUID(), PartyRole.APPLICANT, PartyKind.PERSON, "A", null, null, null,
                null, SpokenLanguage.CHINESE);
        return new EnforcementCase(UUID.randomUUID(), number, "cause", null,
                new EnforcementTitle(titleKind, "(2022)青2224民初45号", "court", filed.minusMonths(2), null, null),
                List.of(obligation), filed, CaseStatus.IN_PROGRESS, List.of(), List.of(applicant), progress, false);
    }
}
