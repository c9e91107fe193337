package org.lastmile.ui.record.attachments;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lastmile.i18n.LocaleService;

/** The window's file and folder choosers, titled in the interface language. */
public final class FileChoosers implements AttachmentChooser {

    private final Supplier<Window> owner;
    private final LocaleService locale;

    public FileChoosers(Supplier<Window> owner, LocaleService locale) {
        this.owner = owner;
        this.locale = locale;
    }

    @Override
    public List<Path> photos() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(locale.get("record.attachments.photos"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(locale.get("record.attachments.imageFiles"), "*.jpg", "*.jpeg",
                        "*.JPG", "*.JPEG", "*.png", "*.PNG"),
                new FileChooser.ExtensionFilter(locale.get("record.attachments.allFiles"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> folder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(locale.get("record.attachments.folder"));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> bodyCameraFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(locale.get("record.attachments.bodyCamera"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> fieldFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(locale.get("record.fieldImport.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(locale.get("record.fieldImport.files"), "*.gpx", "*.kml", "*.kmz",
                        "*.csv", "*.txt", "*.geojson", "*.json", "*.dat", "*.GPX", "*.KML", "*.KMZ", "*.CSV",
                        "*.TXT", "*.GEOJSON", "*.JSON", "*.DAT"),
                new FileChooser.ExtensionFilter(locale.get("record.attachments.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }
}
