package org.lastmile.ui.record.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordForm;

/**
 * One line of livestock (domain.md): species, sex, age, colour, ear tag, count and who keeps the
 * animals — a line of the seizure inventory or of an agreement term. A new line joins once it
 * names the species.
 */
public final class InventoryLineForm extends RecordForm {

    /** Where the lines live: the record's inventory, or a term's livestock. */
    public interface Lines {
        List<InventoryLine> of(SiteRecord r);

        SiteRecord with(SiteRecord r, List<InventoryLine> lines);
    }

    private final UUID id;
    private final Lines lines;

    public final FormField<String> species = field("species", "record.inventory.species", FormField.Kind.TIBETAN);
    public final FormField<InventoryLine.Sex> sex = choice("sex", "record.inventory.sex",
            List.of(InventoryLine.Sex.values()), InventoryLine.Sex::messageKey);
    public final FormField<String> age = field("age", "record.inventory.age", FormField.Kind.TEXT);
    public final FormField<String> colour = field("colour", "record.inventory.colour", FormField.Kind.TIBETAN);
    public final FormField<String> earTag = field("earTag", "record.inventory.earTag", FormField.Kind.TEXT);
    public final FormField<String> count = field("count", "record.inventory.count", FormField.Kind.TEXT);
    public final FormField<String> custodian = field("custodian", "record.inventory.custodian", FormField.Kind.TIBETAN);

    /** @param id the line's id, or null for a new line */
    public InventoryLineForm(RecordEditor editor, Lines lines, UUID id) {
        super(editor);
        this.lines = lines;
        this.id = id == null ? UUID.randomUUID() : id;
        sex.set(InventoryLine.Sex.FEMALE);
        count.set("1");
        reload();
    }

    public UUID lineId() {
        return id;
    }

    private Optional<InventoryLine> line(SiteRecord r) {
        return lines.of(r).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    protected void load(SiteRecord r) {
        line(r).ifPresent(l -> {
            species.set(orEmpty(l.species()));
            sex.set(l.sex());
            age.set(orEmpty(l.age()));
            colour.set(orEmpty(l.colour()));
            earTag.set(orEmpty(l.earTag()));
            count.set(String.valueOf(l.count()));
            custodian.set(orEmpty(l.custodian()));
        });
    }

    @Override
    protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
        Integer head = parse(count, InventoryLineForm::count, problems);
        Optional<InventoryLine> before = line(r);
        if (species.text().isBlank()) {
            if (before.isPresent()) {
                problems.add(new Problem("species", "form.error.required"));
            }
            return r;
        }
        if (!problems.isEmpty()) {
            return r;
        }
        InventoryLine line = new InventoryLine(id, species.text(), sex.get(), age.text(), colour.text(), earTag.text(),
                head, custodian.text());
        List<InventoryLine> all = new ArrayList<>(lines.of(r));
        if (before.isPresent()) {
            all.replaceAll(l -> l.id().equals(id) ? line : l);
        } else {
            all.add(line);
        }
        return lines.with(r, all);
    }

    private static Integer count(String text) {
        try {
            int n = Integer.parseInt(FieldInput.ascii(text.strip()));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocalizedException("record.inventory.error.count", text.strip());
    }

    @Override
    protected MessageKeyed description(FormField<?> changed) {
        return new MessageKey("record.edit.inventory");
    }
}
