package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceEvent;
import dev.gloss.workspace.WorkspaceListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;

/**
 * Keeps an {@link AnnotationListModel} equal to the workspace: loads it once in the background,
 * then applies every change saved anywhere in this application (the reader, the view, an
 * import) as it comes, and has the current paper's anchors checked for orphans. Works on the
 * event thread; tells its listener when the model changed (many changes in a row: once).
 */
final class WorkspaceFeed {
    private static final RequestProcessor RP = new RequestProcessor("Gloss annotation view", 1);
    private final AnnotationListModel model;
    private final Runnable changed;
    private final List<WorkspaceEvent> early = new ArrayList<>();
    private final WorkspaceListener listener = e -> SwingUtilities.invokeLater(() -> apply(e));
    private Workspace ws;
    private OrphanScanner orphans;
    private Paper current;
    private boolean loaded;
    private boolean loading;
    private boolean changeQueued;
    /** Whether an orphan check was ever asked for: a check never scheduled never finishes, so waitIdle must not wait for it. */
    private volatile boolean orphansChecked;

    WorkspaceFeed(AnnotationListModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
    }

    /** Starts following {@code workspace}: loads it in the background, then follows its changes. */
    void attach(Workspace workspace) {
        detach();
        ws = workspace;
        orphansChecked = false;
        orphans = new OrphanScanner(workspace, this::orphansFound);
        workspace.addListener(listener);
        load();
    }

    /** Stops following the workspace. */
    void detach() {
        if (ws != null) {
            ws.removeListener(listener);
        }
        ws = null;
        loaded = false;
    }

    Workspace workspace() {
        return ws;
    }

    /** Whether the model holds the workspace (the first load has finished). */
    boolean isLoaded() {
        return loaded;
    }

    /** The paper whose anchors are checked (the one in the reader); null for none. */
    void setCurrent(Paper p) {
        boolean other = !Objects.equals(p == null ? null : p.id(), current == null ? null : current.id());
        current = p;
        if (other) {
            checkOrphans();
        }
    }

    /** The paper whose PDF this is, when it lies in the workspace ({@code papers/<id>/<file>}). */
    Paper paperOfFile(Path file) {
        if (ws == null || file == null || file.toAbsolutePath().getParent() == null) {
            return null;
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path papers = ws.root().toAbsolutePath().normalize().resolve("papers");
        if (!papers.equals(dir.getParent())) {
            return null;
        }
        return model.paper(dir.getFileName().toString()).orElse(null);
    }

    private void load() {
        if (loading || ws == null) {
            return;
        }
        loading = true;
        loaded = false;
        early.clear();
        Workspace w = ws;
        RP.post(() -> {
            List<Paper> papers = w.papers();
            List<Annotation> anns = w.annotations();
            SwingUtilities.invokeLater(() -> loaded(w, papers, anns));
        });
    }

    private void loaded(Workspace w, List<Paper> papers, List<Annotation> anns) {
        loading = false;
        if (w != ws) {
            return;
        }
        model.setPapers(papers);
        model.setAnnotations(anns);
        loaded = true;
        // changes that arrived while loading may be newer than the snapshot: apply them again
        List<WorkspaceEvent> replay = new ArrayList<>(early);
        early.clear();
        replay.forEach(this::apply);
        changed.run();
        checkOrphans();
    }

    private void apply(WorkspaceEvent e) {
        if (ws == null) {
            return;
        }
        if (!loaded) {
            early.add(e);
            return;
        }
        if (e.change() == WorkspaceEvent.Change.RELOADED) {
            load();
            return;
        }
        if (e.kind() == Kind.ANNOTATIONS) {
            Annotation before = model.get(e.id()).orElse(null);
            if (e.change() == WorkspaceEvent.Change.REMOVED) {
                model.remove(e.id());
            } else if (e.value() instanceof Annotation a) {
                model.put(a);
            }
            Annotation now = model.get(e.id()).orElse(null);
            Annotation any = now != null ? now : before;
            if (current != null && any != null && current.id().equals(any.paperId()) && anchorChanged(before, now)) {
                checkOrphans();
            }
        } else if (e.kind() == Kind.PAPERS) {
            if (e.change() == WorkspaceEvent.Change.REMOVED) {
                model.removePaper(e.id());
            } else if (e.value() instanceof Paper p) {
                model.putPaper(p);
            }
        } else {
            return;
        }
        queueChanged();
    }

    private static boolean anchorChanged(Annotation before, Annotation now) {
        if (before == null || now == null) {
            return now != null;
        }
        return before.page() != now.page() || !before.exact().equals(now.exact())
                || !Objects.equals(before.position(), now.position());
    }

    /** Many changes in a row (an import) cost one refresh. */
    private void queueChanged() {
        if (!changeQueued) {
            changeQueued = true;
            SwingUtilities.invokeLater(() -> {
                changeQueued = false;
                changed.run();
            });
        }
    }

    private void checkOrphans() {
        if (current != null && orphans != null && loaded) {
            orphansChecked = true;
            orphans.schedule(current, model.annotationsOf(current.id()));
        }
    }

    private void orphansFound(String paperId, Set<String> ids) {
        model.markOrphaned(paperId, ids);
        changed.run();
    }

    /** Waits for the load and the orphan check in progress; for tests. */
    void waitIdle() {
        RP.post(() -> { }).waitFinished();
        OrphanScanner o = orphans;
        if (o != null && orphansChecked) {
            o.waitFinished();
        }
    }
}
