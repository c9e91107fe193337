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

    @Test
    void aRehearsalShowsTheOtherLanguageWhileItRunsAndEndsInTheLanguageItBeganIn() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        var title = locale.text("main.settings");
        String zh = title.get();
        java.util.List<String> seen = new java.util.ArrayList<>();
        java.util.List<Boolean> rehearsing = new java.util.ArrayList<>();
        locale.languageProperty().addListener((obs, old, now) -> {
            seen.add(now.tag());
            rehearsing.add(locale.isRehearsing());
        });
        String[] during = new String[1];

        locale.rehearse(Language.TIBETAN, () -> during[0] = title.get());

        assertThat(during[0]).isEqualTo(locale.messagesIn(Language.TIBETAN).get("main.settings")).isNotEqualTo(zh);
        assertThat(title.get()).isEqualTo(zh);
        assertThat(locale.getLanguage()).isEqualTo(Language.CHINESE);
        assertThat(seen).containsExactly("bo", "zh");
        assertThat(rehearsing).as("listeners can tell both changes from a real switch").containsExactly(true, true);
        assertThat(locale.isRehearsing()).isFalse();
    }

    @Test
    void aRehearsalThatFailsStillSwitchesBackAndARehearsalOfTheCurrentLanguageDoesNothing() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        int[] changes = new int[1];
        locale.languageProperty().addListener((obs, old, now) -> changes[0]++);

        locale.rehearse(Language.CHINESE, () -> changes[0] += 100);
        assertThat(changes[0]).isZero();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> locale.rehearse(Language.TIBETAN, () -> {
            throw new IllegalStateException("layout failed");
        })).hasMessage("layout failed");
        assertThat(locale.getLanguage()).isEqualTo(Language.CHINESE);
        assertThat(locale.isRehearsing()).isFalse();
    }
}
