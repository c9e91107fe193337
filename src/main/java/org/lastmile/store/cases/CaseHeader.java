package org.lastmile.store.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.lastmile.domain.cases.CaseStatus;

/**
 * What the store knows of a case without reading its document (the columns beside it).
 *
 * @param id the case's identity
 * @param caseNumber the case number as text
 * @param status where the case stands
 * @param filingDate the filing date
 * @param demo whether it belongs to the demo data set
 * @param version the stored version
 */
public record CaseHeader(UUID id, String caseNumber, CaseStatus status, LocalDate filingDate, boolean demo,
        long version) {
}
