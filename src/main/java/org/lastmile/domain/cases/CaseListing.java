package org.lastmile.domain.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lastmile.common.PersonName;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.DeadlineSubject;

/**
 * What the case list (案件列表) shows of a case beyond its header, as the store keeps it in a narrow
 * table beside the document: the cause, the parties' names by side, and what the deadline engine
 * needs. The deadlines themselves are not kept: they depend on the day and on the rule table, so
 * the list evaluates them ({@link #deadlines}) when it reads the row.
 *
 * @param causeZh the cause in Chinese, may be null
 * @param causeBo the cause in Tibetan, may be null
 * @param applicants the applicants' names, in the order entered
 * @param respondents the respondents' names, in the order entered
 * @param moneyCase whether any obligation is to pay money
 * @param nonLitigation whether the title is a non-litigation document
 * @param progress nodes, pauses, extensions and seizures (the store keeps only what the
 *     deadlines use: no notes, no identities)
 */
public record CaseListing(String causeZh, String causeBo, List<PersonName> applicants, List<PersonName> respondents,
        boolean moneyCase, boolean nonLitigation, CaseProgress progress) {

    public CaseListing {
        applicants = List.copyOf(applicants);
        respondents = List.copyOf(respondents);
        Objects.requireNonNull(progress);
    }

    /** The listing of a case document. */
    public static CaseListing of(EnforcementCase c) {
        return new CaseListing(c.causeZh(), c.causeBo(), names(c.parties(PartyRole.APPLICANT)),
                names(c.parties(PartyRole.RESPONDENT)), c.isMoneyCase(), c.isNonLitigation(), c.progress());
    }

    private static List<PersonName> names(List<Party> parties) {
        return parties.stream().map(p -> new PersonName(p.nameZh(), p.nameBo())).toList();
    }

    /** What the deadline engine evaluates for the case with this header's filing date and status. */
    public DeadlineSubject deadlines(CaseHeader header) {
        return new Subject(header.filingDate(), header.status().isOpen(), this);
    }

    private record Subject(LocalDate filingDate, boolean open, CaseListing listing) implements DeadlineSubject {

        @Override
        public CaseProgress progress() {
            return listing.progress;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public boolean isMoneyCase() {
            return listing.moneyCase;
        }

        @Override
        public boolean isNonLitigation() {
            return listing.nonLitigation;
        }
    }
}
