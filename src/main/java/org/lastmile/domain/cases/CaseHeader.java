package org.lastmile.domain.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.lastmile.domain.cases.CaseStatus;

/**
 * What the store knows of a case without reading its document (the columns beside it).
 *
 * @param seq the case's row number in this file (what {@code CaseSearch.matches} returns); not an
 *     identity: another device numbers the same case differently
 * @param id the case's identity
 * @param caseNumber the case number as text
 * @param status where the case stands
 * @param filingDate the filing date
 * @param demo whether it belongs to the demo data set
 * @param version the stored version
 */
public record CaseHeader(long seq, UUID id, String caseNumber, CaseStatus status, LocalDate filingDate, boolean demo,
        long version) {
}
