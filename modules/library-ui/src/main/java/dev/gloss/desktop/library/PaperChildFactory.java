package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Node;

/** Papers of the workspace, newest first; computed in the background by the explorer views. */
final class PaperChildFactory extends ChildFactory<Paper> {
    private static final Logger LOG = Logger.getLogger(PaperChildFactory.class.getName());
    private final Runnable onCounted;
    private volatile int count = -1;

    PaperChildFactory(Runnable onCounted) {
        this.onCounted = onCounted;
    }

    @Override
    protected boolean createKeys(List<Paper> toPopulate) {
        Workspace ws = GlossWorkspace.get();
        List<Paper> papers = ws.papers().stream()
                .sorted(Comparator.comparing(Paper::added, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        toPopulate.addAll(papers);
        count = papers.size();
        // The boot test reads this line to know the library has loaded.
        LOG.log(Level.INFO, "Library shows {0} papers", count);
        onCounted.run();
        return true;
    }

    @Override
    protected Node createNodeForKey(Paper key) {
        return new PaperNode(key, GlossWorkspace.get());
    }

    int count() {
        return count;
    }

    void refresh() {
        refresh(false);
    }
}
