package org.lastmile.ui.docs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.docs.PdfPages;
import org.lastmile.i18n.Language;
import org.lastmile.ui.common.Background;

/**
 * The preview of a rendered document (a record's PDF) before it is printed or saved: its pages as
 * images (made in the background from the very PDF that is saved), the page shown, paging, and
 * the error, if the file cannot be read, as a message key. Printing itself needs nodes and the
 * system's printers, so the view does it ({@link DocumentPreviewView}) from {@link #pages()}.
 * The hook for the record screen and the sketch: render to a PDF, then {@link #open(Path)}.
 */
public final class DocumentPreviewViewModel {

    /** Screen resolution of the preview; printing scales the same images to the page. */
    static final float PREVIEW_DPI = 110f;

    private final Background background;
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LocalizedException> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DocumentLanguage> language = new SimpleObjectProperty<>();
    /** Renders the document in a language; set by {@link #render(Renderer, DocumentLanguage)}. */
    private Renderer renderer;
    /** Counts requests, so that a slower earlier render never replaces a later one's pages. */
    private int request;
    private final ObjectBinding<BufferedImage> current;
    private final BooleanBinding canNext;
    private final BooleanBinding canPrevious;

    public DocumentPreviewViewModel(Background background) {
        this.background = Objects.requireNonNull(background);
        current = Bindings.createObjectBinding(
                () -> pages.isEmpty() ? null : pages.get(Math.min(index.get(), pages.size() - 1)), pages, index);
        canNext = Bindings.createBooleanBinding(() -> index.get() + 1 < pages.size(), pages, index);
        canPrevious = Bindings.createBooleanBinding(() -> index.get() > 0, index);
        language.addListener((o, was, now) -> {
            if (renderer != null && now != null && now != was) {
                Renderer r = renderer;
                render(() -> r.render(now));
            }
        });
    }

    /** Writes a document in the chosen languages and answers the file (in the background). */
    @FunctionalInterface
    public interface Renderer {
        Path render(DocumentLanguage language) throws Exception;
    }

    /**
     * The languages a document opens in: both scripts when anyone present speaks Tibetan (the
     * parties' side, {@code forParties}) or when the interface is Tibetan (the officer reads the
     * Tibetan lines); otherwise Chinese. Never Tibetan alone by default: the Chinese text is the
     * original (documents.md); the officer may still choose it.
     */
    public static DocumentLanguage defaultLanguage(Language interfaceLanguage, DocumentLanguage forParties) {
        if (forParties.showsTibetan() || interfaceLanguage == Language.TIBETAN) {
            return DocumentLanguage.BOTH;
        }
        return DocumentLanguage.ZH;
    }

    /**
     * Renders the document in {@code initial}, and again whenever {@link #language()} is changed
     * (the print window's choice of Chinese, Tibetan or both).
     */
    public void render(Renderer renderer, DocumentLanguage initial) {
        this.renderer = null;
        language.set(initial);
        this.renderer = Objects.requireNonNull(renderer);
        render(() -> renderer.render(initial));
    }

    /** The document's languages: choosing another renders it again. */
    public ObjectProperty<DocumentLanguage> language() {
        return language;
    }

    /** What the document can be printed in: Chinese, Tibetan (labels; typed text stays as typed) or both. */
    public List<DocumentLanguage> languages() {
        return List.of(DocumentLanguage.values());
    }

    /**
     * Renders a document in the background ({@code renderPdf} writes it and answers its path), then
     * shows it as {@link #open} does; a failure to render shows as the error, nothing is left behind.
     */
    public void render(java.util.concurrent.Callable<Path> renderPdf) {
        int mine = ++request;
        busy.set(true);
        error.set(null);
        background.run(renderPdf, pdf -> {
            if (mine == request) {
                open(pdf, mine);
            }
        }, failure -> {
            if (mine != request) {
                return;
            }
            busy.set(false);
            error.set(failure instanceof LocalizedException e ? e
                    : new LocalizedException(failure, "docs.preview.error.render"));
        });
    }

    /** Reads the PDF's pages in the background; the first page shows when they are ready. */
    public void open(Path pdf) {
        open(pdf, ++request);
    }

    private void open(Path pdf, int mine) {
        busy.set(true);
        error.set(null);
        Consumer<List<BufferedImage>> shown = images -> {
            if (mine != request) {
                return; // a later render or file is on its way
            }
            pages.setAll(images);
            index.set(0);
            file.set(pdf);
            busy.set(false);
        };
        background.run(() -> PdfPages.raster(pdf, PREVIEW_DPI), shown, failure -> {
            if (mine != request) {
                return;
            }
            pages.clear();
            index.set(0);
            file.set(null);
            busy.set(false);
            error.set(failure instanceof LocalizedException e ? e
                    : new LocalizedException(failure, "docs.verify.error.notPdf", pdf));
        });
    }

    public void next() {
        if (canNext.get()) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (canPrevious.get()) {
            index.set(index.get() - 1);
        }
    }

    /** All pages, in order, for printing. */
    public List<BufferedImage> pages() {
        return List.copyOf(pages);
    }

    public ObjectBinding<BufferedImage> currentPage() {
        return current;
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty index() {
        return index.getReadOnlyProperty();
    }

    public int pageCount() {
        return pages.size();
    }

    public ObservableList<BufferedImage> pageList() {
        return FXCollections.unmodifiableObservableList(pages);
    }

    public BooleanBinding canNext() {
        return canNext;
    }

    public BooleanBinding canPrevious() {
        return canPrevious;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last file could not be shown, or {@code null}. */
    public ReadOnlyObjectProperty<LocalizedException> error() {
        return error.getReadOnlyProperty();
    }

    /** The PDF shown ("Save as PDF" copies it), or empty. */
    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }
}
