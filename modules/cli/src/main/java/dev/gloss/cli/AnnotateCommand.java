package dev.gloss.cli;

import dev.gloss.library.anchor.Annotator;
import dev.gloss.workspace.Annotation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss annotate PAPER --page N --quote TEXT [--color C] [--note TEXT] [--tag T]...}:
 * highlights the first occurrence of a quote on a page (case, spacing, line breaks and
 * hyphenation do not matter) and prints the new annotation's id ({@code --json}: the annotation).
 * PAPER is a paper id or a unique prefix of one; {@code --quote -} reads the quote from stdin.
 * A quote that is not on the page is exit 2.
 */
@ServiceProvider(service = CliCommand.class)
public final class AnnotateCommand implements CliCommand {
    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String group() {
        return "Annotate";
    }

    @Override
    public List<String> usage() {
        return List.of("annotate PAPER --page N --quote TEXT [--color C] [--note TEXT] [--tag T]... [--json]",
                "                                     highlight a quote on a page (C: yellow, red, green, blue,",
                "                                     purple, magenta, orange, gray or #rrggbb)");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, IOException {
        Args args = Args.parse(argv, Set.of("page", "quote", "color", "note", "tag", "password-file"), Set.of("json"));
        if (args.positionals().size() != 1) {
            throw new CliException(args.positionals().isEmpty() ? "annotate needs a PAPER id (see gloss papers)"
                    : "annotate takes one PAPER, got " + args.positionals().size() + " arguments");
        }
        int page = args.getInt("page", -1);
        if (!args.has("page")) {
            throw new CliException("--page is required");
        }
        if (page < 1) {
            throw new CliException("--page must be 1 or more (pages are numbered from 1)");
        }
        String quote = args.require("quote");
        if (quote.equals("-")) {
            quote = cli.readStdin();
        }
        char[] password = ImportCommand.password(args);
        try {
            Annotation a = Annotator.annotateQuote(cli.workspace(), args.positionals().get(0), page, quote,
                    args.get("color"), args.get("note"), args.all("tag"), password);
            if (args.has("json")) {
                cli.json(a);
            } else {
                cli.out().println(a.id());
            }
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
