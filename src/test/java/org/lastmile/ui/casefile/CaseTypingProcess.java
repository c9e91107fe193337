package org.lastmile.ui.casefile;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.store.KilledProcess;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.casefile.edit.PartyForm;
import org.lastmile.ui.common.SaveState;

/**
 * A separate process that edits the farmland case's applicant through the case form's view model,
 * as an officer types: keystrokes into the address, then the field is left (the commit). Each time
 * the form's state turns to "saved" it prints {@code saved N}, N being the number in the address the
 * screen would show as saved. {@code CaseFormKillTest} kills it at a random moment.
 */
public final class CaseTypingProcess {

    /** The address typed in round N; the test reads N back from the file. */
    static String address(int round) {
        return "青海省海北州刚察县沙柳河镇 " + round;
    }

    public static void main(String[] args) {
        KilledProcess.runAndExit(() -> type(Path.of(args[0])));
    }

    private static void type(Path dir) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(3, TimeUnit.MINUTES); // a hang's bound: the toolkit starts slowly on a loaded machine
        UiFixture fx = onFx(() -> new UiFixture(dir));
        CaseFileViewModel model = onFx(() -> fx.caseFile(UiFixture.FARMLAND));
        PartyForm form = onFx(() -> {
            Party applicant = model.caseProperty().get().parties(PartyRole.APPLICANT).get(0);
            model.editParty(applicant.id());
            return (PartyForm) model.editingProperty().get();
        });
        System.out.println("ready");
        System.out.flush();
        for (int round = 1; round <= 100_000; round++) {
            String text = address(round);
            // One keystroke at a time, then the commit of leaving the field.
            for (int end = text.length() - 3; end <= text.length(); end++) {
                String typed = text.substring(0, end);
                onFx(() -> {
                    form.address.set(typed);
                    form.edited(form.address);
                    return null;
                });
            }
            SaveState state = onFx(() -> {
                form.commit(form.address);
                return model.editor().stateProperty().get();
            });
            if (state == SaveState.SAVED) {
                System.out.println("saved " + round);
                System.out.flush();
            }
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(Step<T> step) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(step.run());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(3, TimeUnit.MINUTES); // a hang's bound: the FX thread is slow on a loaded machine
    }
}
