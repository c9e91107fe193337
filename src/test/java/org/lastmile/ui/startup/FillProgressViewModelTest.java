package org.lastmile.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/** The start-up window's line and bar follow the store's reports, in the interface language. */
class FillProgressViewModelTest {

    @Test
    void theLineAndBarFollowTheReportsInChineseAndTibetan() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        FillProgressViewModel model = new FillProgressViewModel(locale);
        model.reached(0, 100_000);
        assertThat(model.wanted().get()).isTrue();
        model.reached(12_000, 100_000);
        assertThat(model.line().get()).isEqualTo("整理案件列表 12,000 / 100,000");
        assertThat(model.share().get()).isEqualTo(0.12);
        locale.setLanguage(Language.TIBETAN);
        assertThat(model.line().get()).startsWith("གྱོད་དོན་ཐོ་གཞུང་སྒྲིག་བཞིན་པ།").contains("/");
        model.reached(100_000, 100_000);
        assertThat(model.share().get()).isEqualTo(1.0);
    }

    @Test
    void aSmallFillIsNotShown() {
        FillProgressViewModel model = new FillProgressViewModel(new LocaleService(Language.CHINESE));
        model.reached(0, 408);
        model.reached(408, 408);
        assertThat(model.wanted().get()).isFalse();
    }
}
