package org.lastmile.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.court.CourtLevel;
import org.lastmile.domain.court.CourtTable;

class CaseNumberTest {

    private final CourtTable courts = CourtTable.shipped();
    private final Year now = Year.of(2026);

    @Test
    void parsesABasicCourtFirstEnforcementNumber() {
        CaseNumber n = CaseNumber.parse("(2023)青2224执123号", courts, now);
        assertThat(n.year()).isEqualTo(2023);
        assertThat(n.court().nameZh()).isEqualTo("刚察县人民法院");
        assertThat(n.court().level()).isEqualTo(CourtLevel.BASIC);
        assertThat(n.type()).isEqualTo(CaseType.FIRST);
        assertThat(n.serial()).isEqualTo(123);
        assertThat(n).hasToString("(2023)青2224执123号");
    }

    @Test
    void acceptsFullWidthBracketsAndSpacesAndWritesTheCanonicalForm() {
        CaseNumber n = CaseNumber.parse(" （2024）青0224 执恢 7 号 ", courts, now);
        assertThat(n.type()).isEqualTo(CaseType.RESUMED);
        assertThat(n).hasToString("(2024)青0224执恢7号");
    }

    @Test
    void readsIntermediateAndHighCourtCodes() {
        assertThat(CaseNumber.parse("(2025)青22执异3号", courts, now).court().level()).isEqualTo(CourtLevel.INTERMEDIATE);
        assertThat(CaseNumber.parse("(2025)青执监1号", courts, now).court().level()).isEqualTo(CourtLevel.HIGH);
    }

    @Test
    void refusesMalformedNumbersWithTheKeyThatNamesTheProblem() {
        assertKey("2023青2224执123号", "case.number.error.format");
        assertKey("(2023)青2224民初123号", "case.number.error.format");
        assertKey("(2023)青9999执1号", "case.number.error.court");
        assertKey("(2030)青2224执1号", "case.number.error.year");
        assertKey("(1999)青2224执1号", "case.number.error.year");
        assertKey("(2023)青2224执0号", "case.number.error.serial");
        assertKey("", "case.number.error.format");
    }

    private void assertKey(String text, String key) {
        assertThatThrownBy(() -> CaseNumber.parse(text, courts, now))
                .isInstanceOfSatisfying(LocalizedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
