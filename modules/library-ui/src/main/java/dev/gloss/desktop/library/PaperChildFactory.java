package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Node;

/** Papers of the workspace, newest first, filtered; computed in the background by the explorer views. */
final class PaperChildFactory extends ChildFactory<LibraryRow> {
    private static final Logger LOG = Logger.getLogger(PaperChildFactory.class.getName());
    private final Runnable onCounted;
    private final Supplier<Workspace> workspace;
    private volatile String filter = "";
    private volatile int total = -1;
    private volatile int shown = -1;

    PaperChildFactory(Runnable onCounted) {
        this(onCounted, GlossWorkspace::get);
    }

    /** @param workspace the workspace to list, asked on the background thread of each refresh */
    PaperChildFactory(Runnable onCounted, Supplier<Workspace> workspace) {
        this.onCounted = onCounted;
        this.workspace = workspace;
    }

    @Override
    protected boolean createKeys(List<LibraryRow> toPopulate) {
        Workspace ws = workspace.get();
        List<Paper> papers = ws.papers();
        Map<String, Long> annotations = ws.annotations().stream()
                .collect(Collectors.groupingBy(Annotation::paperId, Collectors.counting()));
        Map<String, Long> threads = ws.threads().stream().map(PostThread::paperId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<LibraryRow> rows = papers.stream()
                .map(p -> new LibraryRow(p, annotations.getOrDefault(p.id(), 0L).intValue(),
                        threads.getOrDefault(p.id(), 0L).intValue()))
                .filter(r -> r.matches(filter))
                .sorted(Comparator.comparing((LibraryRow r) -> r.paper().added(), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        toPopulate.addAll(rows);
        total = papers.size();
        shown = rows.size();
        // The boot test reads this line to know the library has loaded.
        LOG.log(Level.INFO, "Library shows {0} papers", shown);
        onCounted.run();
        return true;
    }

    @Override
    protected Node createNodeForKey(LibraryRow key) {
        return new PaperNode(key, workspace.get());
    }

    int total() {
        return total;
    }

    int shown() {
        return shown;
    }

    void setFilter(String text) {
        filter = text == null ? "" : text;
        refresh(false);
    }

    void refresh() {
        refresh(false);
    }
}
