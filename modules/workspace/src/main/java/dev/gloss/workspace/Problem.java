package dev.gloss.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A file of the workspace that could not be read: it is left untouched and skipped. As
 * {@link Reasoned} it is the one line for the user, "papers/ab12/paper.json could not be read
 * (...); it was skipped and left untouched", with the path as {@code shown} (within the workspace).
 */
public record Problem(Path file, Path shown, FileFailure cause) implements Reasoned {
    /** The one sentence of a problem. */
    public enum Reason {
        /** [shown path, FileFailure] */
        SKIPPED
    }

    /** A problem with {@code file}, shown relative to the workspace {@code root} when it lies inside. */
    public static Problem of(Path root, Path file, FileFailure why) {
        return new Problem(file, file.startsWith(root) ? root.relativize(file) : file, why);
    }

    @Override
    public Reason reason() {
        return Reason.SKIPPED;
    }

    @Override
    public List<Object> args() {
        return List.of(shown, cause);
    }
}
