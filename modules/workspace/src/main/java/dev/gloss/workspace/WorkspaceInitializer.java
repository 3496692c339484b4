package dev.gloss.workspace;

/**
 * Fills a newly created workspace (the demo paper, highlight and thread draft). Registered with
 * {@code @ServiceProvider(service = WorkspaceInitializer.class)} by a module that can make them;
 * run by {@link Workspace#openOrCreate} only when the workspace did not exist before.
 */
public interface WorkspaceInitializer {
    void populate(Workspace workspace);
}
