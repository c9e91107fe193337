package org.lastmile.ui.record.signatures;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.record.sign.FingerprintFiles;
import org.lastmile.ui.record.sign.SignatureCaptureDialog;
import org.lastmile.ui.record.sign.SignatureCaptureViewModel;
import org.lastmile.ui.record.sign.SignatureRequest;
import org.lastmile.ui.record.sign.SignatureServices;

/**
 * Signing in the window: the signing dialog of {@code ui.record.sign} (pad, fingerprint photo, or
 * refusal with reason and witness, the read-back sentence in the signer's language). Shown without
 * blocking; the signature goes into the record when the dialog confirms it.
 */
public final class SignatureDialogs implements SignatureCapture {

    private final ViewContext ui;
    private final SignatureServices services;
    private final FingerprintFiles files;
    private final Supplier<Window> owner;

    public SignatureDialogs(ViewContext ui, SignatureServices services, FingerprintFiles files,
            Supplier<Window> owner) {
        this.ui = ui;
        this.services = services;
        this.files = files;
        this.owner = owner;
    }

    @Override
    public void capture(SiteRecord record, Participant signer, String contentSha256, Consumer<Signature> done) {
        SignatureCaptureViewModel model = new SignatureCaptureViewModel(
                SignatureRequest.of(record, signer, contentSha256), services);
        model.signatureProperty().addListener((obs, old, made) -> {
            if (made != null) {
                done.accept(made);
            }
        });
        new SignatureCaptureDialog(ui, model, files, owner.get()).show();
    }
}
