package org.lastmile.domain.court;

import java.util.Objects;

/**
 * A people's court as it appears in case numbers.
 *
 * @param code the code in case numbers, e.g. {@code 青2224} (刚察县人民法院)
 * @param divisionCode the administrative division code it serves, e.g. {@code 632224}
 * @param level high, intermediate or basic
 * @param nameZh the official Chinese name
 * @param nameBo the Tibetan name
 */
public record Court(String code, String divisionCode, CourtLevel level, String nameZh, String nameBo) {

    public Court {
        Objects.requireNonNull(code);
        Objects.requireNonNull(level);
        Objects.requireNonNull(nameZh);
        Objects.requireNonNull(nameBo);
    }
}
