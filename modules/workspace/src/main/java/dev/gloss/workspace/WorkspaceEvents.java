package dev.gloss.workspace;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The listeners of one {@link Workspace} and the telling of them: on the saving thread, in the
 * order they were added; a listener that fails is logged and the others are still told.
 */
final class WorkspaceEvents {
    private static final Logger LOG = Logger.getLogger(WorkspaceEvents.class.getName());
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    void add(WorkspaceListener l) {
        listeners.add(l);
    }

    void remove(WorkspaceListener l) {
        listeners.remove(l);
    }

    void fire(WorkspaceEvent e) {
        for (WorkspaceListener l : listeners) {
            try {
                l.changed(e);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "A workspace listener failed on " + e, ex);
            }
        }
    }
}
