package org.lastmile.ui.controls.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WrappingText;

/**
 * A window of Tibetan text for looking at by eye (scripts/screenshot-tibetan): the same line in
 * the bundled font, in DDC Uchen as shipped and in Noto Serif Tibetan where installed; a wrapped
 * paragraph; Chinese and Tibetan mixed in the Tibetan interface. Developer tool, not shipped.
 * Prints "ready" on standard output once the window is on screen.
 */
public class TibetanDemo extends Application {

    /** The line every font draws; the same text is given to pango-view for the reference. */
    public static final String LINE = "བཀྲ་ཤིས་དོན་གྲུབ། སྒྲོལ་མ། ཚེ་རིང་། ཁང་ད་ར་ང་ཀ རྭ་སྒྲེང་ སྐྱེས་ གྲོང་ཚོ།";
    public static final double SIZE = 28;
    /** Each font's row is this high, starting at PADDING, so that the script can crop it. */
    public static final double ROW = 60;
    public static final double PADDING = 16;
    /** Where the lines start: PADDING + the caption column + the gap. */
    public static final double LINE_X = PADDING + 200 + 16;
    static final String PARAGRAPH = "ཁྲིམས་ཁང་གིས་གཏན་འཁེལ་བྱས་པའི་བར་འདུམ་གྱི་གྲོས་མཐུན་ལྟར། ཕྱོགས་གཅིག་གིས་ས་ཞིང་མུའུ་ ༦.༦ "
            + "ཕྱིར་སློག་བྱེད་དགོས། བཀྲ་ཤིས་དོན་གྲུབ་དང་སྒྲོལ་མ་གཉིས་ཀྱིས་ས་མཚམས་ངོས་འཛིན་བྱས།";

    @Override
    public void start(Stage stage) throws IOException {
        TibetanFonts fonts = TibetanFonts.load();
        GridPane lines = new GridPane();
        lines.setHgap(16);
        lines.setVgap(0);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.RowConstraints constraints = new javafx.scene.layout.RowConstraints(ROW, ROW, ROW);
            constraints.setValignment(javafx.geometry.VPos.CENTER);
            lines.getRowConstraints().add(constraints);
        }
        int row = 0;
        lines.addRow(row++, caption("LastMile Uchen (bundled)"), line(fonts.font(SIZE)));
        Path ddc = Path.of("src/test/resources/fonts/reference/DDC_Uchen.ttf");
        lines.addRow(row++, caption("DDC Uchen as shipped"), line(load(ddc)));
        Path noto = Path.of("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf");
        if (!Files.exists(noto)) {
            noto = Path.of("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Medium.ttf");
        }
        if (Files.exists(noto)) {
            lines.addRow(row++, caption("Noto Serif Tibetan"), line(load(noto)));
        }

        WrappingText paragraph = new WrappingText(PARAGRAPH);
        paragraph.setMaxWidth(520);
        Label mixed = new Label("刚察县人民法院  བཀྲ་ཤིས་དོན་གྲུབ  (2023)青2224执123号");
        TextField field = new TextField("སྒྲོལ་མ་ 卓玛 Dolma 2023");
        // What happens without the bundled font: JavaFX's System font with Tibetan next to Latin.
        Label system = new Label("System font: Abc བཀྲ་ཤིས་ 123 刚察县");
        system.setStyle("-fx-font-family: 'System'; -fx-font-size: 15px;");
        VBox tibetanUi = new VBox(8, new Label("lang-bo: WrappingText at 520 px, a Label and a TextField"),
                paragraph, mixed, field, system);
        ScriptStyle.applyLanguage(tibetanUi, Language.TIBETAN);
        tibetanUi.getStyleClass().add("root");

        VBox root = new VBox(18, lines, tibetanUi);
        root.setPadding(new Insets(PADDING));
        Scene scene = new Scene(root, 1300, 700);
        scene.getStylesheets().add(fonts.stylesheet());
        stage.setScene(scene);
        stage.setTitle("LastMile Tibetan rendering");
        stage.setX(0);
        stage.setY(0);
        stage.setOnShown(e -> Platform.runLater(() -> System.out.println("ready")));
        stage.show();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(200);
        label.setMaxWidth(200);
        return label;
    }

    private static Text line(Font font) {
        Text text = new Text(LINE);
        text.setFont(font);
        return text;
    }

    private static Font load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.font(Font.loadFont(in, SIZE).getFamily(), SIZE);
        }
    }

    /** The main class: a class that extends Application cannot be one on the classpath. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(TibetanDemo.class, args);
        }
    }
}
