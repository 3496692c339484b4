package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Workspace;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JToggleButton;
import javax.swing.text.Document;
import org.openide.util.NbBundle;

/**
 * The annotation view as {@code ./bench} (the {@code benchmark/} module) measures it, through one
 * entry point instead of the view's internals: the real view, made and attached to a workspace as
 * the window does, listing all papers, with what a measurement waits for (rows shown, row heights
 * measured) and the controls it works (the filter text, the colour toggles).
 * <p>
 * For measuring only: no window of Gloss uses it, and no other NetBeans module can (the module
 * exports no package); the benchmark runs on a flat class path. Everything here is for the event
 * thread.
 * <pre>{@code
 * AnnotationViewProbe view = new AnnotationViewProbe();
 * frame.add(view.component());
 * view.attach(workspace);
 * ... until view.showsRows() ...
 * view.detach();
 * }</pre>
 */
public final class AnnotationViewProbe {
    private final AnnotationsPanel panel = new AnnotationsPanel();

    /** Makes the view as the window does, set to list the annotations of all papers. */
    public AnnotationViewProbe() {
        panel.filterBar().setScope(FilterBar.Scope.ALL_PAPERS);
    }

    /**
     * Loads the view's resource bundle through the platform, as the window system has done for
     * the view's window before the user opens it.
     */
    public static String loadBundle() {
        return NbBundle.getMessage(AnnotationViewProbe.class, "LBL_Loading");
    }

    /** The view, to put in a window. */
    public JComponent component() {
        return panel;
    }

    /** Starts showing {@code workspace}: loads it in the background and follows its changes. */
    public void attach(Workspace workspace) {
        panel.attach(workspace);
    }

    /** Stops following the workspace, as closing the window does. */
    public void detach() {
        panel.detach();
    }

    /** Whether the annotations are loaded and listed, with at least one row. */
    public boolean showsRows() {
        return panel.isLoaded() && panel.showsList() && panel.table().getRowCount() > 0;
    }

    /** The rows of the list (papers, groups and annotations). */
    public int rowCount() {
        return panel.table().getRowCount();
    }

    /** Whether some rows still have a guessed height (they are measured in small steps after the first paint). */
    public boolean hasGuessedHeights() {
        return panel.table().hasGuessedHeights();
    }

    /** The text of the filter field, to type into. */
    public Document filterText() {
        return panel.filterBar().textField().getDocument();
    }

    /** The colour filter's toggles, in key order. */
    public List<JToggleButton> colorToggles() {
        return panel.filterBar().colorButtons();
    }

    /** How many annotations the last filtering showed (0 before the first). */
    public int shown() {
        AnnotationListModel.Result last = panel.lastResult();
        return last == null ? 0 : last.shown();
    }
}
