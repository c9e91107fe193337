package org.lastmile.domain.cases;

import java.time.LocalDate;
import java.util.Objects;
import org.lastmile.domain.Text;

/**
 * The enforceable document (执行依据) a case rests on.
 *
 * @param kind judgment, confirmed mediation, award, …
 * @param documentNumber its number, e.g. {@code (2023)青2224民初45号}
 * @param issuer the court or organ that made it
 * @param effectiveDate the date it took legal effect, may be {@code null} when unknown
 * @param summaryZh the operative part in Chinese (主文), may be empty
 * @param summaryBo the operative part in Tibetan, may be empty
 */
public record EnforcementTitle(TitleKind kind, String documentNumber, String issuer, LocalDate effectiveDate,
        String summaryZh, String summaryBo) {

    public EnforcementTitle {
        Objects.requireNonNull(kind);
        documentNumber = Text.cleanOrNull(documentNumber);
        issuer = Text.cleanOrNull(issuer);
        summaryZh = Text.cleanOrNull(summaryZh);
        summaryBo = Text.cleanOrNull(summaryBo);
    }
}
