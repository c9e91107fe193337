package org.lastmile.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.Problem;
import org.lastmile.domain.Text;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.DeadlineSubject;

/**
 * An enforcement case (执行案件) as the officer carries it into the field.
 *
 * @param id device-made identity
 * @param number the case number
 * @param causeZh the cause of action (案由) in Chinese, e.g. 返还耕地纠纷
 * @param causeBo the cause in Tibetan, may be empty
 * @param title the enforceable document
 * @param obligations what the title obliges
 * @param filingDate the day the case was filed (立案日期)
 * @param status where the case stands
 * @param officerIds the officers assigned (承办人 first)
 * @param parties the parties in the order entered
 * @param progress nodes, pauses, extensions, seizures
 * @param demo whether the case belongs to the demo data set
 */
public record EnforcementCase(UUID id, CaseNumber number, String causeZh, String causeBo, EnforcementTitle title,
        List<Obligation> obligations, LocalDate filingDate, CaseStatus status, List<UUID> officerIds,
        List<Party> parties, CaseProgress progress, boolean demo) implements DeadlineSubject {

    public EnforcementCase {
        Objects.requireNonNull(id);
        Objects.requireNonNull(number);
        Objects.requireNonNull(title);
        Objects.requireNonNull(filingDate);
        Objects.requireNonNull(status);
        Objects.requireNonNull(progress);
        causeZh = Text.cleanOrNull(causeZh);
        causeBo = Text.cleanOrNull(causeBo);
        obligations = List.copyOf(obligations);
        officerIds = List.copyOf(officerIds);
        parties = List.copyOf(parties);
    }

    /** Whether any obligation is to pay money (asset-report and investigation nodes apply). */
    @Override
    public boolean isMoneyCase() {
        return obligations.stream().anyMatch(o -> o.kind() == ObligationKind.MONEY);
    }

    /** Whether the case is still open ({@link CaseStatus#isOpen()}). */
    @Override
    public boolean isOpen() {
        return status.isOpen();
    }

    /** Whether the title is a non-litigation document ({@link TitleKind#isNonLitigation()}). */
    @Override
    public boolean isNonLitigation() {
        return title.kind().isNonLitigation();
    }

    public List<Party> parties(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    public Optional<Party> party(UUID partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    /**
     * What must be corrected before the case is saved; fields of parties and obligations are
     * prefixed ({@code parties[0].idNumber}).
     *
     * @param today the current date, to refuse filing dates in the future
     */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (filingDate.isAfter(today)) {
            problems.add(new Problem("filingDate", "case.filingDate.error.future", filingDate));
        }
        if (filingDate.getYear() != number.year() && filingDate.getYear() != number.year() + 1) {
            problems.add(new Problem("filingDate", "case.filingDate.error.year", number.year()));
        }
        if (title.effectiveDate() != null && title.effectiveDate().isAfter(filingDate)) {
            problems.add(new Problem("title.effectiveDate", "case.title.error.effectiveAfterFiling"));
        }
        for (int i = 0; i < parties.size(); i++) {
            for (Problem p : parties.get(i).problems()) {
                problems.add(p.under("parties[" + i + "]."));
            }
        }
        for (int i = 0; i < obligations.size(); i++) {
            for (Problem p : obligations.get(i).problems()) {
                problems.add(p.under("obligations[" + i + "]."));
            }
        }
        return problems;
    }

    /** Practice warnings that do not block saving (e.g. a land title without four boundaries). */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>();
        if (parties(PartyRole.APPLICANT).isEmpty()) {
            warnings.add(new Problem("parties", "case.parties.warn.noApplicant"));
        }
        if (parties(PartyRole.RESPONDENT).isEmpty()) {
            warnings.add(new Problem("parties", "case.parties.warn.noRespondent"));
        }
        for (int i = 0; i < obligations.size(); i++) {
            for (Problem p : obligations.get(i).warnings()) {
                warnings.add(p.under("obligations[" + i + "]."));
            }
        }
        return warnings;
    }

    public EnforcementCase withParties(List<Party> newParties) {
        return new EnforcementCase(id, number, causeZh, causeBo, title, obligations, filingDate, status, officerIds,
                newParties, progress, demo);
    }

    public EnforcementCase withProgress(CaseProgress newProgress) {
        return new EnforcementCase(id, number, causeZh, causeBo, title, obligations, filingDate, status, officerIds,
                parties, newProgress, demo);
    }

    public EnforcementCase withStatus(CaseStatus newStatus) {
        return new EnforcementCase(id, number, causeZh, causeBo, title, obligations, filingDate, newStatus,
                officerIds, parties, progress, demo);
    }
}
