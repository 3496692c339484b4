package dev.gloss.cli;

import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * {@code gloss [--workspace DIR] <command> ...}: finds the command in {@link Lookup} and runs it.
 * Exit codes: 0 done; 2 bad input, with one {@code gloss: ...} line on stderr; 1 an internal
 * error, with the log file's path (the stack trace goes to the log, never to the terminal).
 */
public final class Main {
    static final List<String> GROUPS = List.of("Read", "Annotate", "Compose", "Publish", "Library");

    private Main() {
    }

    public static void main(String[] argv) {
        // the platform's proxy settings: the system's, unless the user said otherwise (-Djava.net.useSystemProxies=false)
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        logToFile();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(List.of(argv), out, err, System.in);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line; the entry point for tests as well. */
    public static int run(List<String> argv, PrintStream out, PrintStream err, java.io.InputStream in) {
        Path workspace = Workspace.defaultFolder();
        List<String> rest = new ArrayList<>(argv);
        try {
            while (!rest.isEmpty() && rest.get(0).startsWith("--workspace")) {
                String a = rest.remove(0);
                if (a.startsWith("--workspace=")) {
                    workspace = Path.of(a.substring("--workspace=".length()));
                } else if (rest.isEmpty()) {
                    throw new CliException("--workspace needs a folder");
                } else {
                    workspace = Path.of(rest.remove(0));
                }
            }
            if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
                if (rest.size() > 1) {
                    return helpFor(rest.get(1), out);
                }
                printHelp(out);
                return 0;
            }
            if (rest.get(0).equals("--version")) {
                out.println("gloss " + version());
                return 0;
            }
            String name = rest.remove(0);
            Optional<CliCommand> command = commands().stream().filter(c -> c.name().equals(name)).findFirst();
            if (command.isEmpty()) {
                throw new CliException("unknown command \"" + name + "\"; see gloss --help");
            }
            if (rest.contains("--help") || rest.contains("-h")) {
                return helpFor(name, out);
            }
            Cli cli = new Cli(out, err, in, workspace);
            return command.get().run(cli, rest);
        } catch (Exception | Error e) {
            String sentence = badInput(e);
            if (sentence != null) {
                err.println("gloss: " + oneLine(sentence));
                return 2;
            }
            Path log = logFailure(argv, e);
            err.println("gloss: internal error (" + oneLine(String.valueOf(e.getMessage())) + "); details in " + log);
            return 1;
        }
    }

    /**
     * The sentence for bad input (exit 2): the CLI's own {@link CliException}, or a reason of a
     * pure module phrased by {@link Messages}; null for an internal error. The one place where
     * the commands' failures become what the user reads.
     */
    static String badInput(Throwable e) {
        if (e instanceof CliException) {
            return e.getMessage();
        }
        if (e instanceof Reasoned r) {
            return Messages.phrase(r);
        }
        return null;
    }

    /**
     * Library log records go to the CLI's log file, never to the terminal: stderr carries only
     * the one-line messages of the exit-code contract.
     */
    private static void logToFile() {
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.INFO);
        try {
            Path log = logFile();
            Files.createDirectories(log.getParent());
            java.util.logging.FileHandler handler = new java.util.logging.FileHandler(log.toString(), true);
            handler.setFormatter(new java.util.logging.SimpleFormatter());
            handler.setLevel(java.util.logging.Level.INFO);
            root.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            root.setLevel(java.util.logging.Level.OFF); // no log file: stay quiet rather than clutter stderr
        }
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
    }

    static List<CliCommand> commands() {
        List<CliCommand> all = new ArrayList<>(Lookup.getDefault().lookupAll(CliCommand.class));
        all.sort(Comparator.comparing(CliCommand::name));
        return all;
    }

    private static int helpFor(String name, PrintStream out) throws CliException {
        CliCommand c = commands().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new CliException("unknown command \"" + name + "\"; see gloss --help"));
        out.println("usage:");
        for (String u : c.usage()) {
            out.println("  gloss [--workspace DIR] " + u);
        }
        return 0;
    }

    private static void printHelp(PrintStream out) {
        out.println("Gloss " + version() + " - read papers, annotate, compose threads, publish.");
        out.println();
        out.println("usage: gloss                      launch the workbench on the default workspace");
        out.println("       gloss FILE.pdf             launch it and open the file");
        out.println("       gloss [--workspace DIR] <command> [options]   run a command headless");
        out.println();
        out.println("The workspace is $GLOSS_WORKSPACE, else ~/Gloss; --workspace DIR picks another.");
        Map<String, List<CliCommand>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (CliCommand c : commands()) {
            byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
        }
        byGroup.forEach((group, cmds) -> {
            if (cmds.isEmpty()) {
                return;
            }
            out.println();
            out.println(group + ":");
            for (CliCommand c : cmds) {
                for (String u : c.usage()) {
                    out.println("  " + u);
                }
            }
        });
        out.println();
        out.println("Exit codes: 0 done, 2 bad input (one line on stderr), 1 internal error (see the log).");
        out.println("gloss <command> --help shows one command's usage.");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "1.0" : v;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "failed";
        }
        String line = s.strip().lines().findFirst().orElse("failed");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** The CLI's log: {@code $XDG_STATE_HOME/gloss/cli.log}, else {@code ~/.local/state/gloss/cli.log}. */
    static Path logFile() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("gloss").resolve("cli.log");
    }

    private static Path logFailure(List<String> argv, Throwable e) {
        Path log = logFile();
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.println(Instant.now() + " gloss " + String.join(" ", argv));
            e.printStackTrace(pw);
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, sw.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException io) {
            return Path.of("(the log could not be written: " + io.getMessage() + ")");
        }
        return log;
    }
}
