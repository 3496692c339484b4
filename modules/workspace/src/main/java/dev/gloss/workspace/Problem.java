package dev.gloss.workspace;

import java.nio.file.Path;

/** A file of the workspace that could not be read: it is left untouched and skipped. */
public record Problem(Path file, String reason) {
    /** One line for the user, e.g. "papers/ab12/paper.json could not be read: ...; skipped". */
    public String describe(Path root) {
        Path shown = file.startsWith(root) ? root.relativize(file) : file;
        return shown + " could not be read (" + reason + "); it was skipped and left untouched";
    }
}
