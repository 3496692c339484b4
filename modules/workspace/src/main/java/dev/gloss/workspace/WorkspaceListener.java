package dev.gloss.workspace;

/** Told of every change saved through a {@link Workspace}. Called on the saving thread. */
@FunctionalInterface
public interface WorkspaceListener {
    void changed(WorkspaceEvent event);
}
