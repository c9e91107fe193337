package org.lastmile.ui.record.sign;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lastmile.i18n.LocaleService;

/** Where the fingerprint photo comes from: a file chooser in the app, a fixed file in tests. */
@FunctionalInterface
public interface FingerprintFiles {

    /** Asks for a photo; empty when the officer cancels. */
    Optional<Path> choose(Window owner);

    /** A file chooser for JPEG and PNG photos, titled in the current language. */
    static FingerprintFiles fileChooser(LocaleService locale) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(locale.get("signature.view.choosePhoto"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    locale.get("signature.view.photoFiles"), "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
