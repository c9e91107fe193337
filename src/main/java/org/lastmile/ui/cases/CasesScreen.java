package org.lastmile.ui.cases;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.lastmile.ui.common.Navigator;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;

/** The case list as a screen of the window: always open, first tab. */
public final class CasesScreen implements Screen {

    private final CaseListViewModel model;
    private final CaseListView view;
    private final ObservableStringValue title;

    public CasesScreen(CaseListViewModel model, ViewContext ui, Navigator navigator) {
        this.model = model;
        this.view = new CaseListView(model, ui, navigator::openCase, navigator::newCase);
        this.title = ui.text("case.list.title");
    }

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public boolean closable() {
        return false;
    }

    @Override
    public void focus() {
        view.focusSearch();
    }

    public CaseListViewModel model() {
        return model;
    }

    public CaseListView listView() {
        return view;
    }
}
