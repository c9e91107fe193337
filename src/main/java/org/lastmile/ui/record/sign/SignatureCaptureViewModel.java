package org.lastmile.ui.record.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lastmile.common.Key;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.Stroke;
import org.lastmile.i18n.text.TextNormalization;
import org.lastmile.ui.common.Command;
import org.lastmile.ui.common.Problems;

/**
 * One signatory's confirmation of the record, without a screen: the read-back sentence in the
 * signer's language; the choice of signing on the pad, a fingerprint photo instead, or a refusal
 * with its reason and witness; how identity was checked. {@link #confirm()} checks the fields
 * (each problem a message key next to its field), stores the image through the caller's function
 * on the background executor, and then sets {@link #signatureProperty()}.
 */
public final class SignatureCaptureViewModel {

    private final SignatureRequest request;
    private final SignatureServices services;
    private final SignatureFactory factory;
    private final List<Participant> witnessChoices;
    private final ObjectProperty<SignatureKind> kind = new SimpleObjectProperty<>(this, "kind", SignatureKind.PAD);
    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObjectProperty<IdentityCheck> identityCheck = new SimpleObjectProperty<>(this, "identityCheck");
    private final StringProperty refusalReason = new SimpleStringProperty(this, "refusalReason", "");
    private final ObjectProperty<Participant> witness = new SimpleObjectProperty<>(this, "witness");
    private final ReadOnlyObjectWrapper<Path> fingerprintFile = new ReadOnlyObjectWrapper<>(this, "fingerprintFile");
    private final ReadOnlyObjectWrapper<String> fingerprintSha256 = new ReadOnlyObjectWrapper<>(this, "fingerprintSha256");
    private final Map<SignatureField, ReadOnlyObjectWrapper<MessageKeyed>> problems = new EnumMap<>(SignatureField.class);
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Signature> signature = new ReadOnlyObjectWrapper<>(this, "signature");
    private final Command confirm;
    private double padWidth;
    private double padHeight;
    private boolean attempted;
    private MessageKeyed fingerprintFailure;

    public SignatureCaptureViewModel(SignatureRequest request, SignatureServices services) {
        this.request = request;
        this.services = services;
        this.factory = new SignatureFactory(request, services);
        this.witnessChoices = request.participants().stream()
                .filter(p -> !p.id().equals(request.signer().id())).toList();
        identityCheck.set(IdentityCheck.usualFor(request.signer()));
        for (SignatureField field : SignatureField.values()) {
            problems.put(field, new ReadOnlyObjectWrapper<>(this, "problem" + field));
        }
        confirm = new Command(this::confirm,
                Bindings.createBooleanBinding(() -> !busy.get() && signature.get() == null, busy, signature));
        Observable[] inputs = {kind, strokes, identityCheck, refusalReason, witness, fingerprintSha256};
        for (Observable input : inputs) {
            input.addListener(o -> {
                if (attempted) {
                    validate();
                }
            });
        }
    }

    /** The clock the pad's samples and the signature's time are read from. */
    public Clock clock() {
        return services.clock();
    }

    /** Who signs. */
    public Participant signer() {
        return request.signer();
    }

    public SignatureRequest request() {
        return request;
    }

    /** The read-back: its language and sentence. */
    public ReadBack readBack() {
        return factory.readBack();
    }

    /** The read-back confirmation sentence in the signer's language. */
    public String confirmationSentence() {
        return factory.readBack().sentence();
    }

    /** Pad, fingerprint or refusal. */
    public ObjectProperty<SignatureKind> kindProperty() {
        return kind;
    }

    /** The strokes on the pad: the view keeps this list in step with its {@link SignaturePad}. */
    public ObservableList<Stroke> strokes() {
        return strokes;
    }

    /** The pad's size in pad units, for the image kept beside the strokes. */
    public void padSize(double width, double height) {
        this.padWidth = width;
        this.padHeight = height;
    }

    public ObjectProperty<IdentityCheck> identityCheckProperty() {
        return identityCheck;
    }

    public List<IdentityCheck> identityChecks() {
        return Arrays.asList(IdentityCheck.values());
    }

    /** Why the signer refuses (required for a refusal). */
    public StringProperty refusalReasonProperty() {
        return refusalReason;
    }

    /** Who witnessed a refusal: one of {@link #witnessChoices()}. */
    public ObjectProperty<Participant> witnessProperty() {
        return witness;
    }

    /** Everyone present but the signer. */
    public List<Participant> witnessChoices() {
        return witnessChoices;
    }

    /**
     * Takes a fingerprint photo: reads the file and hands its bytes to the caller's function on the
     * background executor; a failure (unreadable, not an image, too large) shows at the field.
     */
    public void useFingerprint(Path photo) {
        busy.set(true);
        services.background().run(() -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(photo);
            } catch (java.io.IOException e) {
                throw new LocalizedException(e, "signature.error.fingerprintUnreadable", photo.getFileName());
            }
            return services.signing().storeImage(bytes);
        }, sha256 -> {
            busy.set(false);
            fingerprintFile.set(photo);
            fingerprintFailure = null;
            fingerprintSha256.set(sha256);
            setProblem(SignatureField.FINGERPRINT, null);
        }, error -> {
            busy.set(false);
            fingerprintFile.set(null);
            fingerprintFailure = Problems.of(error);
            fingerprintSha256.set(null);
            setProblem(SignatureField.FINGERPRINT, fingerprintFailure);
        });
    }

    /** The chosen fingerprint photo, once stored. */
    public ReadOnlyObjectProperty<Path> fingerprintFileProperty() {
        return fingerprintFile.getReadOnlyProperty();
    }

    /** The SHA-256 the stored fingerprint photo is kept under. */
    public ReadOnlyObjectProperty<String> fingerprintSha256Property() {
        return fingerprintSha256.getReadOnlyProperty();
    }

    /** The problem to show next to a field, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty(SignatureField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** A problem that belongs to no field (storing the image failed), or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while an image is being stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The signature, once confirmed and stored; null before. */
    public ReadOnlyObjectProperty<Signature> signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }

    /**
     * Checks the fields and, when they hold, makes the signature (storing the pad's image first).
     *
     * @return false when a field has a problem (nothing was stored)
     */
    public boolean confirm() {
        if (busy.get() || signature.get() != null) {
            return false;
        }
        attempted = true;
        if (!validate()) {
            return false;
        }
        Instant at = services.clock().instant();
        IdentityCheck check = identityCheck.get();
        SignatureKind chosen = kind.get();
        List<Stroke> ink = List.copyOf(strokes);
        String photo = fingerprintSha256.get();
        String reason = TextNormalization.nfc(refusalReason.get().strip());
        Participant by = witness.get();
        double w = padWidth;
        double h = padHeight;
        busy.set(true);
        problem.set(null);
        services.background().run(() -> switch (chosen) {
            case PAD -> factory.pad(ink, w, h, check, at);
            case FINGERPRINT -> factory.fingerprint(photo, check, at);
            case REFUSED -> factory.refusal(reason, by, check, at);
        }, made -> {
            busy.set(false);
            signature.set(made);
        }, error -> {
            busy.set(false);
            problem.set(Problems.of(error));
        });
        return true;
    }

    /** Sets each field's problem for the chosen kind; true when there is none. */
    private boolean validate() {
        List<SignatureField> wrong = new ArrayList<>();
        setProblem(SignatureField.IDENTITY_CHECK, identityCheck.get() == null
                ? fail(wrong, SignatureField.IDENTITY_CHECK, "signature.error.identityRequired") : null);
        SignatureKind k = kind.get();
        setProblem(SignatureField.PAD, k == SignatureKind.PAD && !hasInk()
                ? fail(wrong, SignatureField.PAD, "signature.error.padEmpty") : null);
        boolean noPhoto = k == SignatureKind.FINGERPRINT && fingerprintSha256.get() == null;
        setProblem(SignatureField.FINGERPRINT, noPhoto ? fail(wrong, SignatureField.FINGERPRINT,
                fingerprintFailure != null ? fingerprintFailure : new Key("signature.error.fingerprintMissing")) : null);
        boolean refused = k == SignatureKind.REFUSED;
        setProblem(SignatureField.REFUSAL_REASON, refused && refusalReason.get().isBlank()
                ? fail(wrong, SignatureField.REFUSAL_REASON, "signature.error.reasonRequired") : null);
        setProblem(SignatureField.REFUSAL_WITNESS, refused && !witnessChoices.contains(witness.get())
                ? fail(wrong, SignatureField.REFUSAL_WITNESS, "signature.error.witnessRequired") : null);
        return wrong.isEmpty();
    }

    private static MessageKeyed fail(List<SignatureField> wrong, SignatureField field, String key) {
        return fail(wrong, field, new Key(key));
    }

    private static MessageKeyed fail(List<SignatureField> wrong, SignatureField field, MessageKeyed problem) {
        wrong.add(field);
        return problem;
    }

    /** A signature needs a line, not a tap. */
    private boolean hasInk() {
        return strokes.stream().anyMatch(s -> s.points().size() >= 2);
    }

    private void setProblem(SignatureField field, MessageKeyed value) {
        problems.get(field).set(value);
    }
}
