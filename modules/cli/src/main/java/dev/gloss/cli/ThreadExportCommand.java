package dev.gloss.cli;

import dev.gloss.threads.ThreadExport;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.PostThread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code gloss thread export ID}: text (posts separated by a line {@code ---}), Markdown or JSON. */
final class ThreadExportCommand {
    private ThreadExportCommand() {
    }

    static int run(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("format", "out"), Set.of());
        PostThread t = ThreadArgs.thread(cli, args, "export");
        String format = args.get("format", "text");
        String body = switch (format) {
            case "text" -> ThreadExport.text(t);
            case "markdown", "md" -> ThreadExport.markdown(t);
            case "json" -> ThreadExport.json(t);
            default -> throw new CliException("unknown format \"" + format + "\"; use text, markdown or json");
        };
        if (args.has("out") && !args.get("out").equals("-")) {
            Path out = Path.of(args.get("out"));
            try {
                AtomicFiles.write(out, body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliException("cannot write " + out + ": " + Messages.phrase(FileFailure.of(e)), e);
            }
        } else {
            cli.out().print(body);
        }
        return 0;
    }
}
