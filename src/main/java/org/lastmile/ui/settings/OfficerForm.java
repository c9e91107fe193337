package org.lastmile.ui.settings;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.cases.OfficerRole;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormField;

/** The officer profile: names in both scripts, role, badge number, court, phone. */
public final class OfficerForm extends Form {

    private final CourtTable courts;
    private final Consumer<Officer> save;
    private UUID id;
    private Officer shown;

    public final FormField<String> nameZh = field("nameZh", "officer.field.nameZh", FormField.Kind.TEXT);
    public final FormField<String> nameBo = field("nameBo", "officer.field.nameBo", FormField.Kind.TIBETAN);
    public final FormField<OfficerRole> role = choice("role", "officer.field.role", List.of(OfficerRole.values()),
            OfficerRole::messageKey);
    public final FormField<String> badgeNumber =
            field("badgeNumber", "officer.field.badgeNumber", FormField.Kind.TEXT);
    public final FormField<String> courtCode = field("courtCode", "officer.field.courtCode", FormField.Kind.TEXT);
    public final FormField<String> phone = field("phone", "officer.field.phone", FormField.Kind.TEXT);

    /** @param save receives each valid edit of the profile */
    public OfficerForm(CourtTable courts, Consumer<Officer> save) {
        this.courts = courts;
        this.save = save;
        load(null);
    }

    /** Shows an officer, or an empty profile for null. */
    public void load(Officer officer) {
        shown = officer;
        id = officer == null ? UUID.randomUUID() : officer.id();
        nameZh.set(officer == null || officer.nameZh() == null ? "" : officer.nameZh());
        nameBo.set(officer == null || officer.nameBo() == null ? "" : officer.nameBo());
        role.set(officer == null ? OfficerRole.OFFICER : officer.role());
        badgeNumber.set(officer == null || officer.badgeNumber() == null ? "" : officer.badgeNumber());
        courtCode.set(officer == null || officer.courtCode() == null ? "" : officer.courtCode());
        phone.set(officer == null || officer.phone() == null ? "" : officer.phone());
        clearProblems();
    }

    @Override
    public void commit(FormField<?> changed) {
        Officer officer = new Officer(id, nameZh.text(), nameBo.text(), role.get(), badgeNumber.text(),
                courtCode.text(), phone.text());
        List<Problem> problems = new java.util.ArrayList<>(officer.problems());
        if (officer.courtCode() != null && courts.find(officer.courtCode()).isEmpty()) {
            problems.add(new Problem("courtCode", "case.number.error.court", officer.courtCode()));
        }
        if (!problems.isEmpty()) {
            show(problems, "");
            return;
        }
        clearProblems();
        if (!officer.equals(shown)) {
            shown = officer;
            save.accept(officer);
        }
    }

    /** Shows problems the store found. */
    public void refused(List<Problem> problems) {
        show(problems, "");
    }
}
