package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.TibetanScript;
import org.testfx.api.FxToolkit;

class ControlStringsTest {

    /** Values that stay Latin or empty in Tibetan: colour model names and the empty list text. */
    static final Set<String> NOT_TIBETAN = Set.of("ListView.noContent", "ColorPicker.colorType.rgb",
            "ColorPicker.colorType.hsb", "ColorPicker.colorType.web", "ColorPicker.web_colon");

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyLanguageHasEveryKeyOfJavaFx() throws IOException {
        Set<String> javafx = new TreeSet<>(jfxBundle("controls.properties").stringPropertyNames());
        for (Language language : Language.values()) {
            assertThat(new TreeSet<>(ControlStrings.bundle(language).keySet()))
                    .as("keys of controls_%s", language.tag()).isEqualTo(javafx);
        }
    }

    @Test
    void tibetanValuesAreInTibetanAndPlaceholdersMatch() {
        ResourceBundle bo = ControlStrings.bundle(Language.TIBETAN);
        ResourceBundle en = ControlStrings.bundle(Language.ENGLISH);
        for (String key : bo.keySet()) {
            if (!NOT_TIBETAN.contains(key)) {
                assertThat(TibetanScript.contains(bo.getString(key))).as("Tibetan in %s", key).isTrue();
            }
            assertThat(placeholders(bo.getString(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(en.getString(key)));
        }
    }

    @Test
    void chineseIsJavaFxsOwnChinese() throws IOException {
        Properties zhCn = jfxBundle("controls_zh_CN.properties");
        ResourceBundle zh = ControlStrings.bundle(Language.CHINESE);
        for (String key : zhCn.stringPropertyNames()) {
            if (!key.equals("TableView.nestedColumnControlMenuSeparator")) {
                assertThat(zh.getString(key)).as(key).isEqualTo(zhCn.getProperty(key).strip());
            }
        }
    }

    @Test
    void javafxFindsTheTibetanStringsThroughTheDefaultLocale() {
        LocaleService locale = new LocaleService(Language.TIBETAN);
        Locale before = Locale.getDefault();
        try (JavaFxDefaultLocale bridge = JavaFxDefaultLocale.follow(locale)) {
            assertThat(ButtonType.OK.getText()).isEqualTo("འགྲིག");
            assertThat(ButtonType.CANCEL.getText()).isEqualTo("འདོར་བ།");
            locale.setLanguage(Language.CHINESE);
            assertThat(ButtonType.OK.getText()).isEqualTo("确定");
            locale.setLanguage(Language.ENGLISH);
            assertThat(ButtonType.OK.getText()).isEqualTo("OK");
        }
        assertThat(Locale.getDefault()).isEqualTo(before);
    }

    @Test
    void theTextFieldMenuFollowsTheLanguage() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        ControlStrings strings = new ControlStrings(locale);
        TextField field = FontRendering.onFx(TextField::new);
        FontRendering.onFx(() -> {
            strings.install(field);
            return null;
        });

        assertThat(field.getContextMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("撤消", "重做", "剪切", "复制", "粘贴", "删除", null, "全选");
        locale.setLanguage(Language.TIBETAN);
        assertThat(field.getContextMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("ཕྱིར་འཐེན", "བསྐྱར་བཟོ།", "གཏུབ།", "འདྲ་བཟོ།", "སྦྱར།", "བསུབ།", null, "ཡོངས་འདེམས།");
    }

    @Test
    void openDialogsAndEmptyTablesAreRelabelled() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        ControlStrings strings = new ControlStrings(locale);
        DialogPane pane = FontRendering.onFx(() -> {
            DialogPane dialog = new DialogPane();
            dialog.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            strings.install(dialog);
            return dialog;
        });
        TableView<String> table = FontRendering.onFx(() -> {
            TableView<String> t = new TableView<>();
            strings.install(t);
            return t;
        });
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);

        assertThat(ok.getText()).isEqualTo("确定");
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("表中无内容");
        locale.setLanguage(Language.TIBETAN);
        assertThat(ok.getText()).isEqualTo("འགྲིག");
        assertThat(cancel.getText()).isEqualTo("འདོར་བ།");
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("རེའུ་མིག་ནང་ནང་དོན་མེད།");

        FontRendering.onFx(() -> pane.getButtonTypes().add(ButtonType.YES));
        assertThat(((Button) pane.lookupButton(ButtonType.YES)).getText()).isEqualTo("ཡིན།");
    }

    @Test
    void alertTitlesFollowTheLanguage() {
        LocaleService locale = new LocaleService(Language.CHINESE);
        ControlStrings strings = new ControlStrings(locale);
        Alert alert = FontRendering.onFx(() -> {
            Alert a = new Alert(Alert.AlertType.ERROR);
            strings.install(a);
            return a;
        });

        locale.setLanguage(Language.TIBETAN);
        assertThat(alert.getTitle()).isEqualTo("ནོར་འཁྲུལ།");
        assertThat(alert.getHeaderText()).isEqualTo("ནོར་འཁྲུལ།");
    }

    private static Properties jfxBundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ButtonType.class.getResourceAsStream(
                "/com/sun/javafx/scene/control/skin/resources/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
