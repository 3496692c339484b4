package dev.gloss.workspace;

/**
 * Finishes or removes what an ended or killed process left half done in a workspace, in a way
 * only a module that knows the objects can (a paper folder with its PDF and no {@code paper.json}
 * is imported again by the library). Registered with
 * {@code @ServiceProvider(service = WorkspaceRepair.class)}; run by {@link Workspace#openOrCreate}
 * each time, after {@link Workspace#open} has removed the temp folders whose owner is gone.
 * Must be quick when there is nothing to repair, and must not throw.
 */
public interface WorkspaceRepair {
    void repair(Workspace workspace);
}
