package org.lastmile.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.record.SiteRecord;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.record.agreement.AgreementViewModel;
import org.lastmile.ui.record.attachments.AttachmentsViewModel;
import org.lastmile.ui.record.details.DetailsForms;
import org.lastmile.ui.record.details.LandForm;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.people.ParticipantsViewModel;
import org.lastmile.ui.record.place.PlaceForm;
import org.lastmile.ui.record.place.PositionSource;
import org.lastmile.ui.record.seal.RulesViewModel;
import org.lastmile.ui.record.seal.SealViewModel;
import org.lastmile.ui.record.signatures.SignaturesViewModel;
import org.lastmile.ui.record.statements.TranscriptViewModel;

/**
 * One on-site record on screen: the record (through its {@link RecordEditor}), the case it belongs
 * to and the court's officers (to add people quickly), and the parts of the screen — time and
 * place, people, transcript, land, agreement, inventory, attachments, signatures, the live rules,
 * sealing — each with its own view model or form. The form being filled beside the record (a
 * person, a term, a line of livestock) is {@link #editingProperty()}.
 */
public final class RecordViewModel implements RecordContext {

    private final RecordServices services;
    private final RecordPorts ports;
    private final RecordEditor editor;
    private final ReadOnlyObjectWrapper<EnforcementCase> caseFile = new ReadOnlyObjectWrapper<>(this, "case");
    private final ReadOnlyObjectWrapper<List<Officer>> officers = new ReadOnlyObjectWrapper<>(this, "officers",
            List.of());
    private final ReadOnlyObjectWrapper<Form> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ParticipantsViewModel participants;
    private final TranscriptViewModel transcript;
    private final AttachmentsViewModel attachments;
    private final SignaturesViewModel signatures;
    private final RulesViewModel rules;
    private final SealViewModel seal;
    private final PlaceForm place;
    private final LandForm land;
    private final DetailsForms.Survey survey;
    private final DetailsForms.BodyCamera camera;
    private final AgreementViewModel agreement;

    public RecordViewModel(RecordServices services, RecordPorts ports) {
        this.services = services;
        this.ports = ports;
        this.editor = services.editor();
        java.time.ZoneId zone = services.clock().getZone();
        participants = new ParticipantsViewModel(this);
        transcript = new TranscriptViewModel(editor, this::now, caseFile::get);
        attachments = new AttachmentsViewModel(editor, services.background(), services.attachments(),
                services.fieldImports(), ports.chooser());
        signatures = new SignaturesViewModel(editor, services.records()::contentSha256, ports.capture());
        rules = new RulesViewModel(editor, services.records().checker(), services.records()::contentSha256);
        seal = new SealViewModel(editor, ports.opener(), this::now);
        seal.follow(rules.violationsProperty());
        place = new PlaceForm(editor, new FieldInput(zone));
        land = new LandForm(editor);
        survey = new DetailsForms.Survey(editor);
        camera = new DetailsForms.BodyCamera(editor, new FieldInput(zone));
        agreement = new AgreementViewModel(this);
        editor.sealProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editing.set(null); // nothing to fill in any more
            }
        });
    }

    /**
     * Reads the record, then its case and the officers, in the background (on the store thread, in
     * that order).
     */
    public void load(UUID recordId) {
        services.background().run(() -> editor.read(recordId), opened -> {
            editor.open(opened);
            loadCase(opened.stored().record().caseId());
        }, error -> message.set(Problems.of(error)));
    }

    private void loadCase(UUID caseId) {
        services.background().run(() -> services.cases().find(caseId), found -> found.ifPresent(caseFile::set),
                error -> message.set(Problems.of(error)));
        services.background().run(() -> services.cases().officers(), officers::set,
                error -> message.set(Problems.of(error)));
    }

    private Instant now() {
        return services.clock().instant();
    }

    @Override
    public void open(Supplier<? extends Form> form) {
        if (editable()) {
            editor.typing(editing.get(), false);
            editing.set(form.get());
        }
    }

    /**
     * The screen is closing (its tab or the window): words typed into the transcript's entry line
     * become an entry rather than being lost; the fields of forms were committed by the window.
     */
    public void closing() {
        if (!editor.isSealed()) {
            transcript.addDraft();
        }
    }

    /** Closes the form beside the record. */
    public void doneEditing() {
        // What the closed form could not take (a problem shown next to its field) is dropped with it.
        editor.typing(editing.get(), false);
        editing.set(null);
    }

    /** Ends the session now. */
    public Optional<MessageKeyed> endNow() {
        return show(place.endNow(now()));
    }

    /** Takes the GNSS receiver's position as the place's, when there is a receiver with a fix. */
    public Optional<MessageKeyed> takePosition() {
        Optional<PositionSource.Fix> fix = ports.position().fix();
        if (fix.isEmpty()) {
            return show(Optional.of(new MessageKey("record.place.error.noFix")));
        }
        Optional<MessageKeyed> refused = place.take(fix.get());
        if (refused.isPresent()) {
            return show(refused);
        }
        // said with the fix's quality, so that the officer knows what was written into the record
        message.set(ports.position().receiver().map(r -> (MessageKeyed) new MessageKey("record.place.taken",
                new MessageKey(r.statusProperty().get().quality().messageKey()), fix.get().sigmaM()))
                .orElse(null));
        return Optional.empty();
    }

    /** The receiver that gives the position, for its status on screen (empty without one). */
    public Optional<org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel> positionReceiver() {
        return ports.position().receiver();
    }

    /** Whether a receiver could give a position (the button shows only then). */
    public boolean hasPositionSource() {
        return ports.position() != PositionSource.NONE;
    }

    /** Opens the record's printed document (record, sketch, agreement, receipts) for preview and printing. */
    public void printDocument() {
        SiteRecord record = editor.currentProperty().get();
        if (record != null) {
            ports.documents().open(record.id());
        }
    }

    @Override
    public void say(MessageKeyed why) {
        message.set(why);
    }

    private Optional<MessageKeyed> show(Optional<MessageKeyed> outcome) {
        message.set(outcome.orElse(null));
        return outcome;
    }

    private boolean editable() {
        Optional<MessageKeyed> refused = editor.checkEditable();
        message.set(refused.orElse(null));
        return refused.isEmpty();
    }

    @Override
    public RecordEditor editor() {
        return editor;
    }

    @Override
    public ReadOnlyObjectProperty<EnforcementCase> caseProperty() {
        return caseFile.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<List<Officer>> officersProperty() {
        return officers.getReadOnlyProperty();
    }

    /** The form open beside the record, or null. */
    public ReadOnlyObjectProperty<Form> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why the last action was refused, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public SignaturesViewModel signatures() {
        return signatures;
    }

    public RulesViewModel rules() {
        return rules;
    }

    public SealViewModel seal() {
        return seal;
    }

    public PlaceForm place() {
        return place;
    }

    public LandForm land() {
        return land;
    }

    public DetailsForms.Survey survey() {
        return survey;
    }

    public DetailsForms.BodyCamera camera() {
        return camera;
    }

    public AgreementViewModel agreement() {
        return agreement;
    }
}
