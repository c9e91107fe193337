package org.lastmile.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CamelCaseTest {

    @Test
    void enumConstantsAndWireNamesBecomeKeyParts() {
        assertThat(CamelCase.of("BAD_NUMBER")).isEqualTo("badNumber");
        assertThat(CamelCase.of("OUTSIDE_ZONE")).isEqualTo("outsideZone");
        assertThat(CamelCase.of("cause_zh")).isEqualTo("causeZh");
        assertThat(CamelCase.of("FROZEN")).isEqualTo("frozen");
        assertThat(CamelCase.of("case_number")).isEqualTo("caseNumber");
    }
}
