package org.lastmile.ui.record.edit;

import org.lastmile.domain.record.Participant;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/** How the record screens name people: in the interface's script where the record has it. */
public final class RecordTexts {

    private RecordTexts() {
    }

    /** The person's name in Tibetan in the Tibetan interface (when recorded), else in Chinese. */
    public static String name(Messages m, Participant p) {
        if (m.language() == Language.TIBETAN && p.nameBo() != null) {
            return p.nameBo();
        }
        return p.nameZh() != null ? p.nameZh() : p.nameBo();
    }

    /** Name and role: "扎西东珠（当事人）". */
    public static String nameAndRole(Messages m, Participant p) {
        return m.get("record.participant.nameAndRole", name(m, p), m.get(p.role().messageKey()));
    }
}
