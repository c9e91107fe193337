package org.lastmile.ui.casefile.edit;

import org.lastmile.ui.common.form.DateInput;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormField;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.lastmile.common.Key;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.EnforcementTitle;
import org.lastmile.domain.cases.TitleKind;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.ui.common.MessageKey;

/**
 * The form of a case's own fields: number, cause in both languages, the enforcement title,
 * filing date and status. Parties, obligations and the timeline are edited elsewhere.
 */
public final class CaseForm extends Form {

    private final CaseEditor editor;
    private final CourtTable courts;
    private final Supplier<LocalDate> today;
    private final UUID id;

    public final FormField<String> number = field("number", "case.field.number", FormField.Kind.TEXT);
    public final FormField<String> causeZh = field("causeZh", "case.field.causeZh", FormField.Kind.TEXT);
    public final FormField<String> causeBo = field("causeBo", "case.field.causeBo", FormField.Kind.TIBETAN);
    public final FormField<CaseStatus> status = choice("status", "case.field.status",
            List.of(CaseStatus.values()), CaseStatus::messageKey);
    public final FormField<String> filingDate = field("filingDate", "case.field.filingDate", FormField.Kind.DATE);
    public final FormField<TitleKind> titleKind = choice("title.kind", "case.field.titleKind",
            List.of(TitleKind.values()), TitleKind::messageKey);
    public final FormField<String> documentNumber =
            field("title.documentNumber", "case.field.documentNumber", FormField.Kind.TEXT);
    public final FormField<String> issuer = field("title.issuer", "case.field.issuer", FormField.Kind.TEXT);
    public final FormField<String> effectiveDate =
            field("title.effectiveDate", "case.field.effectiveDate", FormField.Kind.DATE);
    public final FormField<String> summaryZh = field("title.summaryZh", "case.field.summaryZh", FormField.Kind.TEXT);
    public final FormField<String> summaryBo =
            field("title.summaryBo", "case.field.summaryBo", FormField.Kind.TIBETAN);

    public CaseForm(CaseEditor editor, CourtTable courts, Supplier<LocalDate> today) {
        this.editor = editor;
        whenEdited(editor::edited);
        this.courts = courts;
        this.today = today;
        EnforcementCase c = editor.current();
        this.id = c == null ? UUID.randomUUID() : c.id();
        if (c == null) {
            status.set(CaseStatus.FILED);
            titleKind.set(TitleKind.JUDGMENT);
            filingDate.set(DateInput.format(today.get()));
        } else {
            load(c);
        }
        editor.currentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                load(now);
            }
        });
    }

    /** Shows a case's values (after a save, an undo or a redo). */
    public void load(EnforcementCase c) {
        number.set(c.number().toString());
        causeZh.set(nullToEmpty(c.causeZh()));
        causeBo.set(nullToEmpty(c.causeBo()));
        status.set(c.status());
        filingDate.set(DateInput.format(c.filingDate()));
        titleKind.set(c.title().kind());
        documentNumber.set(nullToEmpty(c.title().documentNumber()));
        issuer.set(nullToEmpty(c.title().issuer()));
        effectiveDate.set(DateInput.format(c.title().effectiveDate()));
        summaryZh.set(nullToEmpty(c.title().summaryZh()));
        summaryBo.set(nullToEmpty(c.title().summaryBo()));
    }

    @Override
    public void commit(FormField<?> changed) {
        List<Problem> problems = new ArrayList<>();
        CaseNumber parsedNumber = parse(number, text -> text.isBlank() ? null
                : CaseNumber.parse(text, courts, Year.from(today.get())), problems);
        if (number.text().isBlank()) {
            problems.add(new Problem(number.name(), "form.error.required"));
        }
        LocalDate filed = parse(filingDate, DateInput::parse, problems);
        if (filed == null && filingDate.text().isBlank()) {
            problems.add(new Problem(filingDate.name(), "form.error.required"));
        }
        LocalDate effective = parse(effectiveDate, DateInput::parse, problems);
        if (!problems.isEmpty()) {
            refuse(problems);
            return;
        }
        EnforcementCase before = editor.latest();
        EnforcementTitle title = new EnforcementTitle(titleKind.get(), documentNumber.text(), issuer.text(), effective,
                summaryZh.text(), summaryBo.text());
        EnforcementCase edited = new EnforcementCase(id, parsedNumber, causeZh.text(), causeBo.text(), title,
                before == null ? List.of() : before.obligations(), filed, status.get(),
                before == null ? List.of() : before.officerIds(), before == null ? List.of() : before.parties(),
                before == null ? CaseProgress.NONE : before.progress(), before != null && before.demo());
        problems.addAll(edited.problems(today.get()));
        problems.removeIf(p -> p.field().startsWith("parties[") || p.field().startsWith("obligations["));
        if (!problems.isEmpty()) {
            refuse(problems);
            return;
        }
        clearProblems();
        if (Objects.equals(edited, before)) {
            return;
        }
        editor.submit(edited, new MessageKey("edit.case.field", new Key(changed.labelKey())), "case." + changed.name(),
                refused -> show(refused, ""));
    }

    private void refuse(List<Problem> problems) {
        show(problems, "");
        editor.invalid();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
