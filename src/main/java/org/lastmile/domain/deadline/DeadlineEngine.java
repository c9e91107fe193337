package org.lastmile.domain.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes what is due in a case, from its filing date, its recorded nodes and the rule table.
 * Periods run from the day after the anchor (the anchor day does not count), so a 7-day period from
 * 1 March ends on 8 March. Public holidays are not yet taken into account.
 */
public final class DeadlineEngine {

    private final DeadlineRules rules;

    public DeadlineEngine(DeadlineRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The deadlines of a case as they stand on {@code today}. */
    public CaseDeadlines evaluate(DeadlineSubject c, LocalDate today) {
        CaseProgress p = c.progress();
        boolean open = c.isOpen();
        List<Deadline> list = new ArrayList<>();
        LocalDate filed = c.filingDate();
        Optional<LocalDate> assigned = p.dateOf(NodeKind.OFFICER_ASSIGNED);

        list.add(node(DeadlineKind.OFFICER_ASSIGNMENT, filed.plus(rules.officerAssignment()), assigned, today, open));
        LocalDate outer = filed.plus(rules.noticeOuterLimit());
        LocalDate noticeDue = assigned.map(a -> earlier(a.plus(rules.notice()), outer)).orElse(outer);
        list.add(node(DeadlineKind.ENFORCEMENT_NOTICE, noticeDue, p.dateOf(NodeKind.NOTICE_SENT), today, open));
        if (c.isMoneyCase()) {
            LocalDate from = assigned.orElse(filed.plus(rules.officerAssignment()));
            list.add(node(DeadlineKind.ASSET_REPORT_ORDER, earlier(from.plus(rules.assetReportOrder()), outer),
                    p.dateOf(NodeKind.ASSET_REPORT_ORDER_SENT), today, open));
            list.add(node(DeadlineKind.ONLINE_ASSET_SEARCH, from.plus(rules.onlineAssetSearch()),
                    p.dateOf(NodeKind.ONLINE_ASSET_SEARCH), today, open));
            list.add(node(DeadlineKind.ASSET_INVESTIGATION, from.plus(rules.assetInvestigation()),
                    p.dateOf(NodeKind.INVESTIGATION_DONE), today, open));
        }
        addTimeLimit(c, today, list);
        for (Seizure s : p.seizures()) {
            list.add(seizure(s, today, open));
        }
        return new CaseDeadlines(list, urgency(open, list));
    }

    /** The last day of the case time limit: base limit, plus extensions, plus paused days. */
    public LocalDate timeLimit(DeadlineSubject c, LocalDate today) {
        Period base = c.isNonLitigation() ? rules.caseTimeLimitNonLitigation() : rules.caseTimeLimit();
        LocalDate due = c.filingDate().plus(base);
        for (Extension e : c.progress().extensions()) {
            due = due.plusMonths(e.months());
        }
        long paused = c.progress().pauses().stream().mapToLong(pause -> pause.days(today)).sum();
        return due.plusDays(paused);
    }

    private void addTimeLimit(DeadlineSubject c, LocalDate today, List<Deadline> list) {
        LocalDate limit = timeLimit(c, today);
        Optional<LocalDate> closed = c.progress().dateOf(NodeKind.CLOSED);
        boolean open = c.isOpen();
        boolean paused = c.progress().pauses().stream().anyMatch(Pause::isOpen);
        if (open && paused) {
            list.add(new Deadline(DeadlineKind.CASE_TIME_LIMIT, limit, null, DeadlineState.PAUSED,
                    ChronoUnit.DAYS.between(today, limit), null));
        } else {
            list.add(node(DeadlineKind.CASE_TIME_LIMIT, limit, open ? Optional.empty() : closed, today, open));
        }
        if (open && !paused) {
            LocalDate requestBy = limit.minus(rules.extensionRequestLead());
            list.add(node(DeadlineKind.EXTENSION_REQUEST, requestBy, Optional.empty(), today, true));
        }
    }

    private Deadline seizure(Seizure s, LocalDate today, boolean caseOpen) {
        LocalDate expiry = s.date().plus(rules.seizurePeriod(s.kind()));
        long remaining = ChronoUnit.DAYS.between(today, expiry);
        DeadlineState state;
        if (s.releasedOn() != null || !caseOpen) {
            state = DeadlineState.DONE;
        } else if (today.isAfter(expiry)) {
            state = DeadlineState.OVERDUE;
        } else if (!today.isBefore(expiry.minus(rules.seizureReminder()))) {
            state = DeadlineState.DUE_SOON;
        } else {
            state = DeadlineState.PENDING;
        }
        return new Deadline(DeadlineKind.SEIZURE_EXPIRY, expiry, s.releasedOn(), state, remaining, s.description());
    }

    private Deadline node(DeadlineKind kind, LocalDate due, Optional<LocalDate> done, LocalDate today, boolean open) {
        long remaining = ChronoUnit.DAYS.between(today, due);
        DeadlineState state;
        if (done.isPresent()) {
            state = done.get().isAfter(due) ? DeadlineState.DONE_LATE : DeadlineState.DONE;
        } else if (!open) {
            state = DeadlineState.SKIPPED;
        } else if (today.isAfter(due)) {
            state = DeadlineState.OVERDUE;
        } else if (!today.isBefore(due.minus(rules.dueSoon()))) {
            state = DeadlineState.DUE_SOON;
        } else {
            state = DeadlineState.PENDING;
        }
        return new Deadline(kind, due, done.orElse(null), state, remaining, null);
    }

    private static Urgency urgency(boolean open, List<Deadline> deadlines) {
        if (!open) {
            return Urgency.CLOSED;
        }
        if (deadlines.stream().anyMatch(d -> d.state() == DeadlineState.OVERDUE)) {
            return Urgency.OVERDUE;
        }
        if (deadlines.stream().anyMatch(d -> d.state() == DeadlineState.DUE_SOON)) {
            return Urgency.DUE_SOON;
        }
        return Urgency.ON_TRACK;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
