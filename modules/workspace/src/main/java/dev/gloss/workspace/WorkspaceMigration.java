package dev.gloss.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Upgrades a workspace from one schema version to the next. Register with
 * {@code @ServiceProvider(service = WorkspaceMigration.class)}; {@link Workspace#open} runs the
 * chain from the workspace's version up to {@link Workspace#SCHEMA} before loading anything.
 */
public interface WorkspaceMigration {
    /** The schema version this migration reads; it leaves the workspace at {@code from() + 1}. */
    int from();

    /** Rewrites files under {@code root} as needed; {@code glossJson} is saved afterwards. */
    void migrate(Path root, ObjectNode glossJson) throws IOException;
}
