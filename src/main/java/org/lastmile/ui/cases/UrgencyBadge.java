package org.lastmile.ui.cases;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.domain.deadline.DeadlineState;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.i18n.Countdown;
import org.lastmile.i18n.Messages;

/**
 * How pressing a case or a deadline is, said three ways at once, so that colour is never the only
 * signal: a shape (triangle with "!" overdue, clock due soon, tick on track, bars paused, dash
 * closed), a colour, and words ("逾期 3 天", "剩 5 天"). Styled by {@code css/lastmile.css}.
 */
public final class UrgencyBadge extends Label {

    /** The style classes of the kinds; one is set at a time. */
    static final List<String> KINDS = List.of("overdue", "due-soon", "on-track", "paused", "closed", "unknown");

    private final Region icon = new Region();

    public UrgencyBadge() {
        getStyleClass().add("urgency-badge");
        icon.getStyleClass().add("urgency-icon");
        setGraphic(icon);
        setMnemonicParsing(false);
    }

    /** Shows a case's urgency with its next deadline (null summary: not read yet). */
    public void show(CaseSummary summary, Messages messages) {
        if (summary == null) {
            set("unknown", "…");
        } else if (summary.urgency() == Urgency.CLOSED) {
            set("closed", messages.get(Urgency.CLOSED.messageKey()));
        } else if (summary.next() == null) {
            set("paused", messages.get(DeadlineState.PAUSED.messageKey()));
        } else {
            set(kind(summary.urgency()), Countdown.of(messages, summary.next().daysRemaining()));
        }
    }

    /** Shows one deadline: its countdown while open, its state once done or paused. */
    public void show(Deadline deadline, Messages messages) {
        switch (deadline.state()) {
            case OVERDUE -> set("overdue", Countdown.of(messages, deadline.daysRemaining()));
            case DUE_SOON -> set("due-soon", Countdown.of(messages, deadline.daysRemaining()));
            case PENDING -> set("on-track", Countdown.of(messages, deadline.daysRemaining()));
            case PAUSED -> set("paused", messages.get(deadline.state().messageKey()));
            case DONE, DONE_LATE, SKIPPED -> set("closed", messages.get(deadline.state().messageKey()));
        }
    }

    private static String kind(Urgency urgency) {
        return switch (urgency) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            case ON_TRACK -> "on-track";
            case CLOSED -> "closed";
        };
    }

    private void set(String kind, String text) {
        getStyleClass().removeAll(KINDS);
        getStyleClass().add(kind);
        setText(text);
    }

    /** The kind shown now (a style class of {@link #KINDS}), for tests. */
    public String kind() {
        return KINDS.stream().filter(getStyleClass()::contains).findFirst().orElse("unknown");
    }
}
