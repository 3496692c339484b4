package dev.gloss.cli;

import dev.gloss.workspace.Json;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.Workspace;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What a command runs with: its output streams, standard input and the workspace (opened on
 * first use, created with the demo paper when new). Unreadable workspace files are reported on
 * stderr once, by name, and the command goes on.
 */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Path workspaceFolder;
    private Workspace workspace;

    public Cli(PrintStream out, PrintStream err, InputStream in, Path workspaceFolder) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.workspaceFolder = workspaceFolder;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public InputStream in() {
        return in;
    }

    public Path workspaceFolder() {
        return workspaceFolder;
    }

    /** The workspace, opened (or created) on first use; its unreadable files are reported once. */
    public Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.openOrCreate(workspaceFolder);
        }
        for (Problem p : workspace.newProblems()) {
            warn(Messages.phrase(p));
        }
        return workspace;
    }

    /** One warning line on stderr; the command goes on. */
    public void warn(String message) {
        err.println("gloss: warning: " + message);
    }

    /** One note on stderr: what the command did differently from what was asked (a range cut at the end). */
    public void note(String message) {
        err.println("gloss: note: " + message);
    }

    /** Prints one JSON document on stdout. */
    public void json(Object value) {
        out.println(Json.compact(value));
    }

    /** All of standard input as UTF-8 text. */
    public String readStdin() throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
