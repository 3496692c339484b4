package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import java.awt.BorderLayout;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.swing.SwingUtilities;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.UndoRedo;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.Lookup;
import org.openide.util.LookupListener;
import org.openide.util.NbBundle;
import org.openide.util.Utilities;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The annotation view window (right side): the annotations of the paper in the reader, or of
 * all papers. Follows the global selection: the paper of the focused reader tab (or of the
 * library's selection) is "this paper", and an annotation selected in the reader is selected
 * here. The annotations selected here are in this window's lookup for other windows.
 */
@ConvertAsProperties(dtd = "-//dev.gloss.desktop.annotations//Annotations//EN", autostore = false)
@TopComponent.Description(preferredID = "AnnotationsTopComponent",
        iconBase = "dev/gloss/desktop/annotations/annotations.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "annotations", openAtStartup = true)
@ActionID(category = "Window", id = "dev.gloss.desktop.annotations.AnnotationsTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 22),
    @ActionReference(path = "Shortcuts", name = "D-2")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_AnnotationsAction", preferredID = "AnnotationsTopComponent")
@NbBundle.Messages({
    "CTL_AnnotationsAction=Annotations",
    "CTL_AnnotationsTopComponent=Annotations",
    "HINT_AnnotationsTopComponent=Highlights, notes and clips of this paper or of all papers"
})
public final class AnnotationsTopComponent extends TopComponent {
    private final AnnotationsPanel panel = new AnnotationsPanel();
    private final InstanceContent content = new InstanceContent();
    private final Lookup.Result<Paper> papers = Utilities.actionsGlobalContext().lookupResult(Paper.class);
    private final Lookup.Result<Annotation> annotations = Utilities.actionsGlobalContext().lookupResult(Annotation.class);
    private final Lookup.Result<DataObject> files = Utilities.actionsGlobalContext().lookupResult(DataObject.class);
    private final LookupListener paperListener = e -> onEdt(this::followPaper);
    private final LookupListener annotationListener = e -> onEdt(this::followAnnotation);
    private final PropertyChangeListener registryListener = e -> {
        if (TopComponent.Registry.PROP_TC_CLOSED.equals(e.getPropertyName())) {
            onEdt(this::followPaper);
        }
    };

    public AnnotationsTopComponent() {
        setName(Bundle.CTL_AnnotationsTopComponent());
        setToolTipText(Bundle.HINT_AnnotationsTopComponent());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        add(panel, BorderLayout.CENTER);
        associateLookup(new AbstractLookup(content));
        getActionMap().put(javax.swing.text.DefaultEditorKit.copyAction, panel.copyAction());
        getActionMap().put("delete", panel.deleteAction());
        panel.setSelectionListener(this::publish);
    }

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    @Override
    protected void componentOpened() {
        papers.addLookupListener(paperListener);
        files.addLookupListener(paperListener);
        annotations.addLookupListener(annotationListener);
        // a lookup result reports changes only after it has been asked once
        papers.allInstances();
        files.allInstances();
        annotations.allInstances();
        TopComponent.getRegistry().addPropertyChangeListener(registryListener);
        // the rows after the start's first page: they would take a core from it
        GlossWorkspace.whenReadyAfterFirstPage(ws -> {
            if (isOpened()) {
                panel.attach(ws);
                followPaper();
            }
        });
    }

    @Override
    protected void componentClosed() {
        papers.removeLookupListener(paperListener);
        files.removeLookupListener(paperListener);
        annotations.removeLookupListener(annotationListener);
        TopComponent.getRegistry().removePropertyChangeListener(registryListener);
        panel.detach();
    }

    @Override
    protected void componentActivated() {
        if (java.awt.EventQueue.getCurrentEvent() instanceof java.awt.event.MouseEvent) {
            return; // a click: the focus goes where it was clicked
        }
        // later: the window system gives the focus to the first component after this call;
        // from the keyboard (Ctrl+2) the arrows, Enter and Shift+F10 should work on a row at once
        javax.swing.SwingUtilities.invokeLater(() -> {
            RowTable table = panel.table();
            table.requestFocusInWindow();
            if (table.getSelectedRow() < 0) {
                for (int i = 0; i < table.getRowCount(); i++) {
                    if (table.rowAt(i) instanceof Row.AnnotationRow) {
                        table.setRowSelectionInterval(i, i);
                        break;
                    }
                }
            }
        });
    }

    /**
     * The paper of the focused window (a reader tab, or the library's selection), else of the
     * reader tab in front; unchanged while this window has focus. A reader tab is recognised by
     * the {@link Paper} in its lookup or, failing that, by its PDF lying in the workspace.
     */
    private void followPaper() {
        if (TopComponent.getRegistry().getActivated() == this) {
            return;
        }
        Paper p = paperIn(papers.allInstances(), files.allInstances());
        if (p == null) {
            Mode editor = WindowManager.getDefault().findMode("editor");
            TopComponent front = editor == null ? null : editor.getSelectedTopComponent();
            if (front != null) {
                p = paperIn(front.getLookup().lookupAll(Paper.class), front.getLookup().lookupAll(DataObject.class));
            }
        }
        panel.setCurrentPaper(p);
    }

    private Paper paperIn(Collection<? extends Paper> ps, Collection<? extends DataObject> ds) {
        if (!ps.isEmpty()) {
            return ps.iterator().next();
        }
        for (DataObject d : ds) {
            java.io.File f = FileUtil.toFile(d.getPrimaryFile());
            Paper p = f == null ? null : panel.paperOfFile(f.toPath());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private void followAnnotation() {
        if (TopComponent.getRegistry().getActivated() == this) {
            return;
        }
        Collection<? extends Annotation> selected = annotations.allInstances();
        if (selected.size() == 1) {
            followPaper();
            panel.reveal(selected.iterator().next());
        }
    }

    /** Puts the selected annotations and their papers in this window's lookup. */
    private void publish(List<Annotation> selected) {
        List<Object> items = new ArrayList<>(selected);
        Set<String> seen = new LinkedHashSet<>();
        for (Annotation a : selected) {
            if (seen.add(a.paperId())) {
                panel.model().paper(a.paperId()).ifPresent(items::add);
            }
        }
        content.set(items, null);
    }

    @Override
    public UndoRedo getUndoRedo() {
        return panel.undoRedo();
    }

    void writeProperties(Properties p) {
        p.setProperty("version", "1.0");
        p.setProperty("scope", panel.filterBar().scope().name());
        p.setProperty("sort", panel.filterBar().sort().name());
    }

    void readProperties(Properties p) {
        try {
            panel.filterBar().setScope(FilterBar.Scope.valueOf(p.getProperty("scope", FilterBar.Scope.THIS_PAPER.name())));
            panel.filterBar().setSort(Sort.valueOf(p.getProperty("sort", Sort.PAGE.name())));
        } catch (IllegalArgumentException e) {
            // a settings file from another version: keep the defaults
            java.util.logging.Logger.getLogger(AnnotationsTopComponent.class.getName())
                    .log(java.util.logging.Level.FINE, "unknown saved view settings", e);
        }
    }
}
