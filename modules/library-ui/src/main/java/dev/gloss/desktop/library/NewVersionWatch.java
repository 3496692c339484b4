package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.workspace.Paper;
import java.beans.PropertyChangeEvent;
import org.openide.util.Lookup;
import org.openide.util.LookupListener;
import org.openide.windows.OnShowing;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * Notices the papers opened in the reader (a document tab whose lookup gets a {@link Paper})
 * and has {@link PaperUpdates#opened} check whether arXiv has a newer version; the reader itself
 * knows nothing of this.
 */
@OnShowing
public final class NewVersionWatch implements Runnable {
    private static final String WATCH = "gloss.newVersionWatch";

    @Override
    public void run() {
        TopComponent.getRegistry().addPropertyChangeListener(this::changed);
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            watch(tc);
        }
    }

    private void changed(PropertyChangeEvent e) {
        if (TopComponent.Registry.PROP_TC_OPENED.equals(e.getPropertyName()) && e.getNewValue() instanceof TopComponent tc) {
            watch(tc);
        }
    }

    private static void watch(TopComponent tc) {
        if (!WindowManager.getDefault().isEditorTopComponent(tc) || tc.getClientProperty(WATCH) != null) {
            return;
        }
        Lookup.Result<Paper> papers = tc.getLookup().lookupResult(Paper.class);
        LookupListener l = ev -> {
            for (Paper p : papers.allInstances()) {
                GlossWorkspace.whenReadyAfterFirstPage(ws -> PaperUpdates.opened(ws, p)); // arXiv is asked after the page
            }
        };
        papers.addLookupListener(l);
        // the tab holds the result and its listener as long as it lives
        tc.putClientProperty(WATCH, new Object[]{papers, l});
        l.resultChanged(null);
    }
}
