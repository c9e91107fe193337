package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocaleServiceTest {

    @Test
    void theMessagesReadBeforeASwitchAreTheOnesTheSwitchUses() {
        LocaleService locale = new LocaleService(Language.CHINESE);

        Messages readEarly = locale.messagesIn(Language.TIBETAN);
        assertThat(locale.getLanguage()).isEqualTo(Language.CHINESE);
        locale.setLanguage(Language.TIBETAN);

        assertThat(locale.messages()).isSameAs(readEarly);
        assertThat(org.lastmile.i18n.tibetan.TibetanScript.contains(locale.get("app.name"))).isTrue();
    }

    @Test
    void theDigitSettingIsPartOfWhatIsReadEarly() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        locale.tibetanDigitsProperty().set(true);

        Messages readEarly = locale.messagesIn(Language.TIBETAN);
        locale.setLanguage(Language.TIBETAN);

        assertThat(locale.messages()).isSameAs(readEarly);
        assertThat(readEarly.formatLocale().toLanguageTag()).isEqualTo("bo-u-nu-tibt");
    }

    @Test
    void aComposedTextIsComputedAheadInTheOtherLanguageWithoutChangingWhatIsShown() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        javafx.beans.property.StringProperty name = new javafx.beans.property.SimpleStringProperty("扎西");
        javafx.beans.binding.StringBinding relation = locale.text("record.people.relationshipTo", "扎西");
        javafx.beans.binding.StringBinding role = locale.text(
                () -> name.get() + " (" + locale.get("participant.role.party") + ")", name);
        javafx.beans.binding.StringBinding greeting = locale.text(m -> locale.getLanguage().tag() + ":" + m.get("participant.role.party"));
        int[] told = new int[1];
        relation.addListener((obs, old, now) -> told[0]++);
        role.addListener((obs, old, now) -> told[0]++);
        String shownRole = role.get();
        String shownRelation = relation.get();
        String shownGreeting = greeting.get();

        var ahead = locale.textsIn(Language.TIBETAN);

        // The Tibetan values as written in i18n/messages_bo.properties.
        assertThat(ahead.apply(shownRelation)).contains("扎西 དང་ཡོད་པའི་འབྲེལ་བ།");
        assertThat(ahead.apply(shownRole)).contains("扎西 (གྱོད་ཡ)");
        assertThat(ahead.apply(shownGreeting)).contains("bo:གྱོད་ཡ");
        assertThat(ahead.apply("not shown by any binding")).isEmpty();
        // Nothing shown changed, nobody was told, and the service is still in Chinese.
        assertThat(told[0]).isZero();
        assertThat(role.isValid()).isTrue();
        assertThat(role.get()).isEqualTo(shownRole).isEqualTo("扎西 (当事人)");
        assertThat(locale.getLanguage()).isEqualTo(Language.CHINESE);
        assertThat(locale.get("participant.role.party")).isEqualTo("当事人");
    }
}
