package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Amounts in capital numerals, checked against the examples of the People's Bank's
 * 《支付结算办法》 annex (正确填写票据和结算凭证的基本规定) and common receipt forms.
 */
class ChineseAmountTest {

    private static String of(String amount) {
        return ChineseAmount.of(new BigDecimal(amount));
    }

    @Test
    void theExamplesOfThePaymentRules() {
        // 零 inside the number once; after 角 or 元 with no 分, 整
        assertThat(of("1409.50")).isEqualTo("壹仟肆佰零玖元伍角整");
        assertThat(of("6007.14")).isEqualTo("陆仟零柒元壹角肆分");
        // a zero at 元 with 角 present: the rules allow writing 零 or not; we do not
        assertThat(of("1680.32")).isEqualTo("壹仟陆佰捌拾元叁角贰分");
        assertThat(of("107000.53")).isEqualTo("壹拾万柒仟元伍角叁分");
        // no 角 but 分: 零 must be written
        assertThat(of("325.04")).isEqualTo("叁佰贰拾伍元零肆分");
    }

    @Test
    void roundAmountsAndGroups() {
        assertThat(of("10")).isEqualTo("壹拾元整");
        assertThat(of("1001")).isEqualTo("壹仟零壹元整");
        assertThat(of("1010")).isEqualTo("壹仟零壹拾元整");
        assertThat(of("100000")).isEqualTo("壹拾万元整");
        assertThat(of("100001")).isEqualTo("壹拾万零壹元整");
        assertThat(of("10000000")).isEqualTo("壹仟万元整");
        assertThat(of("100000000")).isEqualTo("壹亿元整");
        assertThat(of("100010000")).isEqualTo("壹亿零壹万元整");
        assertThat(of("0.05")).isEqualTo("伍分");
        assertThat(of("0")).isEqualTo("零元整");
        assertThat(of("3500.00")).isEqualTo("叁仟伍佰元整");
    }
}
