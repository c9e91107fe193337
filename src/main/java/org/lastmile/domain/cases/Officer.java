package org.lastmile.domain.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Problem;
import org.lastmile.domain.Text;

/**
 * A member of court staff who can be assigned to cases (承办人) and appear on site.
 *
 * @param id device-made or server-made identity
 * @param nameZh name in Chinese
 * @param nameBo name in Tibetan script, may be empty
 * @param role judge, officer, assistant, clerk or bailiff
 * @param badgeNumber the number on the officer's card (执法证号), may be empty
 * @param courtCode the code of the officer's court, e.g. {@code 青2224}
 * @param phone telephone, may be empty
 */
public record Officer(UUID id, String nameZh, String nameBo, OfficerRole role, String badgeNumber, String courtCode,
        String phone) {

    public Officer {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        nameZh = Text.cleanOrNull(nameZh);
        nameBo = Text.cleanOrNull(nameBo);
        badgeNumber = Text.cleanOrNull(badgeNumber);
        courtCode = Text.cleanOrNull(courtCode);
        phone = Text.cleanOrNull(phone);
    }

    public String displayName() {
        return nameZh != null ? nameZh : nameBo;
    }

    /** What is wrong with this profile, field by field. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (nameZh == null && nameBo == null) {
            problems.add(new Problem("nameZh", "officer.name.error.missing"));
        }
        if (phone != null && !PhoneNumber.isPlausible(phone)) {
            problems.add(new Problem("phone", "party.phone.error.format", phone));
        }
        return problems;
    }
}
