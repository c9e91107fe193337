package org.lastmile.domain.record;

import java.util.Objects;
import java.util.UUID;
import org.lastmile.common.PersonName;
import org.lastmile.domain.Text;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * A person present on site.
 *
 * @param id identity within the record
 * @param role officer, party, interpreter, …
 * @param nameZh name in Chinese, may be empty
 * @param nameBo name in Tibetan, may be empty
 * @param idNumber ID card number or officer badge, may be empty
 * @param language the language the person speaks
 * @param partyId for parties and agents, the case party they are or represent
 * @param officerId for court staff, the officer
 * @param idShown whether the person's identity document was shown (officers show their card)
 * @param authority for agents, their authority; otherwise {@code null}
 * @param interpreter for the interpreter, the language pair, relationships and pledge
 */
public record Participant(UUID id, ParticipantRole role, String nameZh, String nameBo, String idNumber,
        SpokenLanguage language, UUID partyId, UUID officerId, boolean idShown, AgentAuthority authority,
        InterpreterInfo interpreter) {

    public Participant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        Objects.requireNonNull(language);
        nameZh = Text.cleanOrNull(nameZh);
        nameBo = Text.cleanOrNull(nameBo);
        idNumber = Text.cleanOrNull(idNumber);
        if (role != ParticipantRole.AGENT) {
            authority = null;
        }
        if (role != ParticipantRole.INTERPRETER) {
            interpreter = null;
        }
    }

    /** The name in both scripts, for messages: each language shows its own where recorded. */
    public PersonName name() {
        return new PersonName(nameZh, nameBo);
    }

    public String displayName() {
        return nameZh != null ? nameZh : nameBo;
    }

    /** Two entries describe the same person: same ID number, or same party or officer, or same names. */
    public boolean samePersonAs(Participant other) {
        if (idNumber != null && idNumber.equalsIgnoreCase(other.idNumber)) {
            return true;
        }
        if (officerId != null && officerId.equals(other.officerId)) {
            return true;
        }
        if (partyId != null && partyId.equals(other.partyId) && role == other.role) {
            return true;
        }
        return Objects.equals(nameZh, other.nameZh) && Objects.equals(nameBo, other.nameBo)
                && (nameZh != null || nameBo != null);
    }

    public Participant withInterpreter(InterpreterInfo info) {
        return new Participant(id, role, nameZh, nameBo, idNumber, language, partyId, officerId, idShown, authority,
                info);
    }
}
