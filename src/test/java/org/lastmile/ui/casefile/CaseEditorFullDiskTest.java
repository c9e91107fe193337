package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.ui.FxWait.onFx;
import static org.lastmile.ui.FxWait.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.sync.SmallDisk;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.casefile.edit.CaseForm;
import org.lastmile.ui.casefile.edit.PartyForm;
import org.lastmile.ui.common.SaveState;

/**
 * The disk fills while an officer edits a case (a real 24 MiB tmpfs, filled by a file of ours).
 * An edit the disk refused is saved by itself within {@code Autosave.RETRY} once the filler is
 * deleted; a party edit made meanwhile carries the refused cause along. Before, the case editor
 * dropped a refused edit: nothing tried the disk again, and the next party edit was built on the
 * stored case without the cause the screen still showed. Skipped where mounting a tmpfs is not
 * allowed (SmallDisk says so).
 */
class CaseEditorFullDiskTest {

    @TempDir
    Path temp;
    SmallDisk disk;
    UiFixture fx;
    CaseFileViewModel model;
    EnforcementCase stored;
    Path filler;

    @BeforeEach
    void fillTheDisk() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        FxThread.start();
        disk = SmallDisk.mount(data, 24L << 20);
        fx = new UiFixture(data);
        model = onFx(() -> fx.caseFile(UiFixture.FARMLAND));
        stored = fx.farmland();
        // An empty write-ahead log, so that the next write needs new room on the disk.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lastmile.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        filler = disk.fillLeaving(0);
    }

    @AfterEach
    void unmount() throws Exception {
        if (fx != null) {
            fx.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aRefusedEditIsSavedByItselfOnceTheDiskHasRoom() throws Exception {
        String cause = refuseCause();

        Files.delete(filler);
        until(() -> model.editor().stateProperty().get() == SaveState.SAVED);
        assertThat(fx.farmland().causeZh()).isEqualTo(cause);
        assertThat(onFx(() -> model.editor().failureProperty().get())).isNull();
    }

    @Test
    void aPartyEditedAfterARefusedFieldCarriesThatFieldAndUndoesWithIt() throws Exception {
        String cause = refuseCause();
        Party applicant = stored.parties(PartyRole.APPLICANT).get(0);
        onFx(() -> {
            model.editParty(applicant.id());
            PartyForm form = (PartyForm) model.editingProperty().get();
            form.phone.set("13997001122");
            form.commit(form.phone);
            return null;
        });

        // The phone may find room the refused write left in the log; if not, it is saved once there is.
        Files.delete(filler);
        until(() -> model.editor().stateProperty().get() == SaveState.SAVED);
        EnforcementCase saved = fx.farmland();
        assertThat(saved.causeZh()).as("the refused cause, carried by the party edit").isEqualTo(cause);
        assertThat(saved.party(applicant.id()).orElseThrow().phone()).isEqualTo("13997001122");

        onFx(() -> {
            model.editor().undo().undo();
            return null;
        });
        until(() -> model.editor().stateProperty().get() == SaveState.SAVED);
        assertThat(fx.farmland()).as("one undo goes back to the case before the full disk").isEqualTo(stored);
    }

    /** Edits the case's cause while the disk is full: refused, in one sentence, nothing written. */
    private String refuseCause() {
        String cause = onFx(() -> {
            model.editCase();
            CaseForm form = (CaseForm) model.editingProperty().get();
            form.causeZh.set(stored.causeZh() + "（补充）");
            form.commit(form.causeZh);
            return form.causeZh.text();
        });
        assertThat(onFx(() -> model.editor().stateProperty().get())).isEqualTo(SaveState.FAILED);
        assertThat(onFx(() -> model.editor().failureProperty().get().messageKey())).isEqualTo("store.fault.diskfull");
        assertThat(fx.farmland()).as("nothing half-written").isEqualTo(stored);
        return cause;
    }
}
