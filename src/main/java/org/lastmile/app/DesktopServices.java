package org.lastmile.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.i18n.LocaleService;
import org.lastmile.store.open.Store;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.settings.FolderOpener;
import org.lastmile.ui.record.attachments.AttachmentChooser;

/**
 * The services the desktop app is built from, made by {@link DesktopLauncher} (or a test).
 *
 * @param store the opened store
 * @param engine the deadline engine
 * @param locale the interface language, observed by every view
 * @param storeThread the one thread that talks to the store (background tasks and the autosaves of
 *     on-site records run here in order)
 * @param clock the clock ("today" for deadlines)
 * @param dataDirectory where the data lives
 * @param fonts the bundled Tibetan font
 * @param profile whose laptop this is
 * @param folders shows a folder in the file manager
 * @param attachments asks which files to attach to a record (the file choosers; a test hands in paths)
 */
record DesktopServices(Store store, DeadlineEngine engine, LocaleService locale, ScheduledExecutorService storeThread,
        Clock clock, Path dataDirectory, TibetanFonts fonts, Profile profile, FolderOpener folders,
        AttachmentChooser.Factory attachments) {
}
