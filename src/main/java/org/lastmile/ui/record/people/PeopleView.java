package org.lastmile.ui.record.people;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordTexts;

/**
 * The people on site: role, names in both scripts, ID number (masked: personal data), language,
 * whether their card was shown; for each interpreter the relationship to each party and the
 * pledge. People are added from the case's parties, the court's officers, or typed in a form.
 */
public final class PeopleView {

    private final RecordContext model;
    private final ParticipantsViewModel participants;
    private final ViewContext ui;
    private final BooleanBinding sealed;
    private final GridPane grid = new GridPane();
    private final VBox interpreters = new VBox(4);
    private final MenuButton addOfficer = new MenuButton();
    private final MenuButton addParty = new MenuButton();
    private final MenuButton addPerson = new MenuButton();
    private final VBox root;

    public PeopleView(RecordContext model, ParticipantsViewModel participants, ViewContext ui) {
        this.model = model;
        this.participants = participants;
        this.ui = ui;
        this.sealed = model.editor().sealedBinding();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("record-people");
        menu(addOfficer, "add-officer", "record.people.addOfficer");
        menu(addParty, "add-party", "record.people.addParty");
        menu(addPerson, "add-person", "record.people.addPerson");
        for (ParticipantRole role : ParticipantRole.values()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(ui.text(role.messageKey()));
            item.setId("add-person-" + role.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> participants.addParticipant(role));
            addPerson.getItems().add(item);
        }
        root = Sections.section("record-people", ui.text("record.people.title"), new VBox(6, grid, interpreters),
                addOfficer, addParty, addPerson);
        model.editor().currentProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.participants().equals(now.participants())) {
                render(now);
            }
        });
        // Who is present already is offered no more (greyed out in the menus).
        addParty.setOnShowing(e -> addParty.getItems().forEach(item -> item.setDisable(present(item.getUserData()))));
        addOfficer.setOnShowing(e -> addOfficer.getItems().forEach(item -> item.setDisable(present(item.getUserData()))));
        model.caseProperty().addListener((obs, old, now) -> parties(now));
        model.officersProperty().addListener((obs, old, now) -> officers(now));
        render(model.editor().current());
        parties(model.caseProperty().get());
        officers(model.officersProperty().get());
    }

    private void menu(MenuButton button, String id, String key) {
        button.setId(id);
        button.textProperty().bind(ui.text(key));
        button.disableProperty().bind(sealed);
        ViewContext.noMnemonics(button);
    }

    private void parties(EnforcementCase c) {
        addParty.getItems().clear();
        if (c != null) {
            for (Party p : c.parties()) {
                MenuItem item = new MenuItem();
                item.textProperty().bind(ui.locale().text(m -> m.get("record.people.partyItem",
                        m.get(p.role().messageKey()), p.nameZh() == null ? "" : p.nameZh(),
                        p.nameBo() == null ? "" : p.nameBo())));
                item.getStyleClass().add(ScriptStyle.BO_TEXT);
                item.setOnAction(e -> show(participants.addParty(p)));
                item.setUserData(p.id());
                addParty.getItems().add(item);
            }
        }
    }

    private void officers(List<Officer> officers) {
        addOfficer.getItems().clear();
        for (Officer o : officers) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(ui.locale().text(m -> m.get("record.people.officerItem", o.displayName(),
                    m.get(o.role().messageKey()))));
            item.setOnAction(e -> show(participants.addOfficer(o)));
            item.setUserData(o.id());
            addOfficer.getItems().add(item);
        }
    }

    /** Whether the case party or officer with this id is among the people present. */
    private boolean present(Object partyOrOfficerId) {
        SiteRecord r = model.editor().current();
        return r != null && r.participants().stream().anyMatch(p -> partyOrOfficerId.equals(p.partyId())
                && p.role() == org.lastmile.domain.record.ParticipantRole.PARTY || partyOrOfficerId.equals(p.officerId()));
    }

    // A refusal (the same person twice, a sealed record) shows in the screen's message line.
    private void show(java.util.Optional<org.lastmile.common.MessageKeyed> refused) {
        model.say(refused.orElse(null));
    }

    private void render(SiteRecord r) {
        grid.getChildren().clear();
        interpreters.getChildren().clear();
        List<String> heads = List.of("record.participant.role", "record.participant.nameZh",
                "record.participant.nameBo", "record.participant.idNumber", "record.participant.language",
                "record.participant.idShown");
        for (int i = 0; i < heads.size(); i++) {
            // The heads wrap (by syllable in Tibetan) rather than end in "…" on a small screen.
            grid.add(WrappingText.following(ui.text(heads.get(i)), "column-head"), i, 0);
        }
        if (r == null) {
            return;
        }
        int row = 1;
        for (Participant p : r.participants()) {
            int index = row - 1;
            WrappingText role = WrappingText.following(ui.text(p.role().messageKey()), "value");
            role.setId("person-role-" + index);
            role.setMinWidth(60);
            grid.add(role, 0, row);
            grid.add(name(p.nameZh(), "person-nameZh-" + index), 1, row);
            grid.add(name(p.nameBo(), "person-nameBo-" + index), 2, row);
            // At 1024 px these keep their width (an ID number, a yes, a button cut to "…" is
            // useless); the name columns give way instead.
            grid.add(whole(Sections.value(masked(p.idNumber()), null)), 3, row);
            grid.add(whole(Sections.value(ui.text(p.language().messageKey()), null)), 4, row);
            grid.add(whole(Sections.value(ui.text(p.idShown() ? "record.people.yes" : "record.people.no"), null)), 5, row);
            Button edit = whole(Sections.editButton(ui, "edit-person-" + index, ui.text("record.people.edit"),
                    () -> participants.editParticipant(p.id()), sealed));
            Button remove = whole(Sections.editButton(ui, "remove-person-" + index, ui.text("record.people.remove"),
                    () -> show(participants.remove(p.id())), sealed));
            grid.add(new HBox(4, edit, remove), 6, row);
            if (p.role() == ParticipantRole.INTERPRETER) {
                interpreters.getChildren().add(interpreter(r, p, index));
            }
            row++;
        }
    }

    /**
     * A name that wraps when its column gives way at 1024 px (by character in Chinese, by syllable
     * in Tibetan), instead of being cut to "…" (issue 11 item 6); never narrower than two letters.
     */
    private static WrappingText name(String value, String id) {
        WrappingText name = new WrappingText(value == null ? "" : value);
        name.setId(id);
        name.getStyleClass().add("value");
        name.setMinWidth(40);
        return name;
    }

    private static <T extends javafx.scene.layout.Region> T whole(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    /** The interpreter's relationship to each party and the pledge (CPL 47). */
    private Node interpreter(SiteRecord r, Participant interpreter, int index) {
        GridPane box = new GridPane();
        box.setHgap(8);
        box.setVgap(4);
        box.setId("interpreter-" + index);
        box.getStyleClass().add("interpreter-box");
        box.setPadding(new Insets(4, 0, 0, 0));
        box.add(Sections.value(ui.locale().text(m -> m.get("record.people.interpreterOf",
                RecordTexts.name(m, interpreter), m.get(interpreter.interpreter() == null ? "language.spoken.other"
                        : interpreter.interpreter().from().messageKey()), m.get(interpreter.interpreter() == null
                        ? "language.spoken.other" : interpreter.interpreter().to().messageKey()))), null), 0, 0, 2, 1);
        int row = 1;
        int partyIndex = 0;
        for (Participant party : r.participants(ParticipantRole.PARTY)) {
            Relationship now = interpreter.interpreter() == null ? null
                    : interpreter.interpreter().relationships().get(party.id());
            SimpleObjectProperty<Relationship> value = new SimpleObjectProperty<>(now);
            ComboBox<Choice<Relationship>> choice = Choice.comboBox(ui.locale(), List.of(Relationship.values()),
                    Relationship::messageKey, m -> m.get("record.people.relationshipUnknown"), value);
            choice.setId("relationship-" + index + "-" + partyIndex);
            choice.disableProperty().bind(sealed);
            value.addListener((obs, old, chosen) -> show(participants.setRelationship(interpreter.id(),
                    party.id(), chosen)));
            Label label = Sections.value(ui.locale().text(m -> m.get("record.people.relationshipTo",
                    RecordTexts.name(m, party))), null);
            box.add(label, 0, row);
            box.add(choice, 1, row++);
            partyIndex++;
        }
        CheckBox pledge = ViewContext.noMnemonics(new CheckBox());
        pledge.textProperty().bind(ui.text("record.participant.pledged"));
        pledge.setSelected(interpreter.interpreter() != null && interpreter.interpreter().pledged());
        pledge.setId("pledge-" + index);
        pledge.disableProperty().bind(sealed);
        pledge.selectedProperty().addListener((obs, old, on) -> show(participants.setPledged(interpreter.id(),
                on)));
        box.add(pledge, 0, row, 2, 1);
        return box;
    }

    /** Keeps the area code and the last four characters: enough to tell people apart on screen. */
    static String masked(String id) {
        if (id == null) {
            return "";
        }
        if (id.length() <= 10) {
            return id;
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public Node view() {
        return root;
    }
}
