package org.lastmile.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.form.Form;

/**
 * One on-site record on screen: the record (through its {@link RecordEditor}), the case it belongs
 * to and the court's officers (to add people quickly), and the parts of the screen — time and
 * place, people, transcript, land, agreement, inventory, attachments, signatures, the live rules,
 * sealing — each with its own view model or form. The form being filled beside the record (a
 * person, a term, a line of livestock) is {@link #editingProperty()}.
 */
public final class RecordViewModel {

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
    private final DetailsForms.Breach breach;

    public RecordViewModel(RecordServices services, RecordPorts ports) {
        this.services = services;
        this.ports = ports;
        this.editor = services.editor();
        java.time.ZoneId zone = services.clock().getZone();
        participants = new ParticipantsViewModel(editor);
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
        breach = new DetailsForms.Breach(editor);
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
        services.background().run(() -> services.records().find(recordId)
                .orElseThrow(() -> new org.lastmile.common.LocalizedException("record.error.notFound", recordId)),
                stored -> {
                    editor.show(stored);
                    loadCase(stored.record().caseId());
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

    /** Opens the form of a new person in {@code role}. */
    public void addParticipant(ParticipantRole role) {
        if (editable()) {
            editing.set(new ParticipantForm(editor, participants, null, role));
        }
    }

    /** Opens the form of a person present. */
    public void editParticipant(UUID id) {
        if (editable()) {
            editing.set(new ParticipantForm(editor, participants, id, null));
        }
    }

    /** Opens the form of a new term of the agreement. */
    public void addTerm() {
        editTerm(null);
    }

    /** Opens the form of a term (null: a new one). */
    public void editTerm(UUID id) {
        if (editable()) {
            editing.set(new TermForm(editor, id, editor.current().participants()));
        }
    }

    /** Takes a term out of the agreement. */
    public Optional<MessageKeyed> removeTerm(UUID id) {
        return editor.edit(r -> r.edit().agreement(new Agreement(r.agreement().terms().stream()
                .filter(t -> !t.id().equals(id)).toList(), r.agreement().breachZh(), r.agreement().breachBo()))
                .build(), new MessageKey("record.edit.termRemoved"), null);
    }

    /** Opens the form of a line of the seizure inventory (null: a new one). */
    public void editInventoryLine(UUID lineId) {
        if (editable()) {
            editing.set(new InventoryLineForm(editor, INVENTORY, lineId));
        }
    }

    /** Takes a line out of the inventory. */
    public Optional<MessageKeyed> removeInventoryLine(UUID lineId) {
        return editor.edit(r -> INVENTORY.with(r, INVENTORY.of(r).stream().filter(l -> !l.id().equals(lineId))
                .toList()), new MessageKey("record.edit.inventoryRemoved"), null);
    }

    /** Opens the form of a line of livestock of a term (null line: a new one). */
    public void editLivestock(UUID termId, UUID lineId) {
        if (editable()) {
            editing.set(new InventoryLineForm(editor, livestockOf(termId), lineId));
        }
    }

    /** Closes the form beside the record. */
    public void doneEditing() {
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
        return show(place.take(fix.get()));
    }

    /** Whether a receiver could give a position (the button shows only then). */
    public boolean hasPositionSource() {
        return ports.position() != PositionSource.NONE;
    }

    /** Shows why an action was refused (or clears the message with null). */
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

    /** The seizure inventory; a record of another kind has none. */
    static List<InventoryLine> inventory(SiteRecord r) {
        return r.details(RecordDetails.Seizure.class).map(RecordDetails.Seizure::inventory).orElse(List.of());
    }

    private static final InventoryLineForm.Lines INVENTORY = new InventoryLineForm.Lines() {
        @Override
        public List<InventoryLine> of(SiteRecord r) {
            return RecordViewModel.inventory(r);
        }

        @Override
        public SiteRecord with(SiteRecord r, List<InventoryLine> lines) {
            return r.edit().details(new RecordDetails.Seizure(lines)).build();
        }
    };

    private static InventoryLineForm.Lines livestockOf(UUID termId) {
        return new InventoryLineForm.Lines() {
            @Override
            public List<InventoryLine> of(SiteRecord r) {
                return r.agreement().terms().stream().filter(t -> t.id().equals(termId)).findFirst()
                        .map(AgreementTerm::livestock).orElse(List.of());
            }

            @Override
            public SiteRecord with(SiteRecord r, List<InventoryLine> lines) {
                List<AgreementTerm> terms = r.agreement().terms().stream().map(t -> !t.id().equals(termId) ? t
                        : new AgreementTerm(t.id(), t.kind(), t.whatZh(), t.whatBo(), t.quantity(), t.due(),
                                t.place(), t.manner(), t.payeeId(), lines, t.parcelRef())).toList();
                return r.edit().agreement(new Agreement(terms, r.agreement().breachZh(), r.agreement().breachBo()))
                        .build();
            }
        };
    }

    public RecordEditor editor() {
        return editor;
    }

    /** The case the record belongs to, once read. */
    public ReadOnlyObjectProperty<EnforcementCase> caseProperty() {
        return caseFile.getReadOnlyProperty();
    }

    /** The court's officers, once read. */
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

    DetailsForms.Survey survey() {
        return survey;
    }

    DetailsForms.BodyCamera camera() {
        return camera;
    }

    DetailsForms.Breach breach() {
        return breach;
    }
}
