package org.lastmile.domain.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.Problem;
import org.lastmile.domain.Text;

/**
 * A party (当事人) of an enforcement case.
 *
 * @param id device-made identity
 * @param role applicant, respondent, …
 * @param kind person or organisation
 * @param nameZh the name in Chinese characters (may be empty for a party known only in Tibetan)
 * @param nameBo the name in Tibetan script (may be empty)
 * @param idNumber resident ID number (GB 11643) for a person, unified social credit code
 *     (GB 32100) for an organisation; may be empty
 * @param phone telephone number, may be empty
 * @param address address, may be empty
 * @param language the language the party speaks
 */
public record Party(UUID id, PartyRole role, PartyKind kind, String nameZh, String nameBo, String idNumber,
        String phone, String address, SpokenLanguage language) {

    public Party {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(language);
        nameZh = Text.cleanOrNull(nameZh);
        nameBo = Text.cleanOrNull(nameBo);
        idNumber = Text.cleanOrNull(idNumber);
        phone = Text.cleanOrNull(phone);
        address = Text.cleanOrNull(address);
    }

    /** The name to show: Chinese when present, else Tibetan. */
    public String displayName() {
        return nameZh != null ? nameZh : nameBo;
    }

    /** What is wrong with this party, field by field; empty when it may be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (nameZh == null && nameBo == null) {
            problems.add(new Problem("nameZh", "party.name.error.missing"));
        }
        if (idNumber != null) {
            try {
                if (kind == PartyKind.PERSON) {
                    IdNumber.parse(idNumber);
                } else {
                    CreditCode.parse(idNumber);
                }
            } catch (LocalizedException e) {
                problems.add(new Problem("idNumber", e.messageKey(), e.messageArgs()));
            }
        }
        if (phone != null && !PhoneNumber.isPlausible(phone)) {
            problems.add(new Problem("phone", "party.phone.error.format", phone));
        }
        return problems;
    }
}
