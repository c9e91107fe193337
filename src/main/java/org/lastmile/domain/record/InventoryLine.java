package org.lastmile.domain.record;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;

/**
 * One line of a livestock inventory (seizure or division).
 *
 * @param id identity
 * @param species e.g. 牦牛 / གཡག
 * @param sex male, female or mixed
 * @param age age as stated (e.g. 3 岁, 成年)
 * @param colour coat colour, may be empty
 * @param earTag ear tag numbers, may be empty
 * @param count head counted, at least 1
 * @param custodian who keeps the animals (保管人)
 */
public record InventoryLine(UUID id, String species, Sex sex, String age, String colour, String earTag, int count,
        String custodian) {

    /** Sex of the animals of a line. */
    public enum Sex {
        MALE, FEMALE, MIXED;

        public String messageKey() {
            return "inventory.sex." + name().toLowerCase(Locale.ROOT);
        }
    }

    public InventoryLine {
        Objects.requireNonNull(id);
        Objects.requireNonNull(sex);
        species = Text.cleanOrNull(species);
        age = Text.cleanOrNull(age);
        colour = Text.cleanOrNull(colour);
        earTag = Text.cleanOrNull(earTag);
        custodian = Text.cleanOrNull(custodian);
    }
}
