package org.lastmile.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/** Issue 9 point 2 on the conflict review: users see the form's name of a field, not its JSON name. */
class FieldLabelTest {

    @Test
    void aCaseFieldIsNamedAsOnTheForm() {
        assertThat(SyncView.fieldLabel(Messages.of(Language.CHINESE), "case", "cause_zh")).isEqualTo("案由（汉文）");
        assertThat(SyncView.fieldLabel(Messages.of(Language.TIBETAN), "case", "cause_zh"))
                .isEqualTo(Messages.of(Language.TIBETAN).get("case.field.causeZh")).doesNotContain("cause");
    }

    @Test
    void aFieldWithoutALabelKeepsItsName() {
        assertThat(SyncView.fieldLabel(Messages.of(Language.CHINESE), "case", "no_such_field")).isEqualTo("no_such_field");
    }
}
