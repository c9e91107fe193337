package org.lastmile.ui.record.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.record.details.DetailsForms;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The agreement (调解协议) and the seizure inventory (查封清单) of a record: its terms, each term's
 * livestock, the lines of the inventory, and what happens on breach. Terms and lines are filled in
 * a form beside the record; removing one is one undoable edit.
 */
public final class AgreementViewModel {

    private final RecordContext context;
    private final RecordEditor editor;
    private final DetailsForms.Breach breach;

    public AgreementViewModel(RecordContext context) {
        this.context = context;
        this.editor = context.editor();
        this.breach = new DetailsForms.Breach(editor);
    }

    /** Opens the form of a new term of the agreement. */
    public void addTerm() {
        editTerm(null);
    }

    /** Opens the form of a term (null: a new one). */
    public void editTerm(UUID id) {
        context.open(() -> new TermForm(editor, id, editor.current().participants()));
    }

    /** Takes a term out of the agreement. */
    public Optional<MessageKeyed> removeTerm(UUID id) {
        return editor.edit(r -> r.edit().agreement(new Agreement(r.agreement().terms().stream()
                .filter(t -> !t.id().equals(id)).toList(), r.agreement().breachZh(), r.agreement().breachBo()))
                .build(), new MessageKey("record.edit.termRemoved"), null);
    }

    /** Opens the form of a line of the seizure inventory (null: a new one). */
    public void editInventoryLine(UUID lineId) {
        context.open(() -> new InventoryLineForm(editor, INVENTORY, lineId));
    }

    /** Takes a line out of the inventory. */
    public Optional<MessageKeyed> removeInventoryLine(UUID lineId) {
        return editor.edit(r -> INVENTORY.with(r, INVENTORY.of(r).stream().filter(l -> !l.id().equals(lineId))
                .toList()), new MessageKey("record.edit.inventoryRemoved"), null);
    }

    /** Opens the form of a line of livestock of a term (null line: a new one). */
    public void editLivestock(UUID termId, UUID lineId) {
        context.open(() -> new InventoryLineForm(editor, livestockOf(termId), lineId));
    }

    /** What happens on breach of the agreement. */
    public DetailsForms.Breach breach() {
        return breach;
    }

    /** The seizure inventory; a record of another kind has none. */
    public static List<InventoryLine> inventory(SiteRecord r) {
        return r.details(RecordDetails.Seizure.class).map(RecordDetails.Seizure::inventory).orElse(List.of());
    }

    private static final InventoryLineForm.Lines INVENTORY = new InventoryLineForm.Lines() {
        @Override
        public List<InventoryLine> of(SiteRecord r) {
            return inventory(r);
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
}
