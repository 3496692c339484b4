package dev.gloss.cli;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.util.List;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss text FILE.pdf [--pages A-B] [--password-file F]}: the text in reading order (a
 * two-column paper column by column, hyphenated line ends joined), pages separated by a form
 * feed line.
 */
@ServiceProvider(service = CliCommand.class)
public final class TextCommand implements CliCommand {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String group() {
        return "Read";
    }

    @Override
    public List<String> usage() {
        return List.of("text FILE.pdf [--pages A-B] [--password-file F]",
                "                                     the text in reading order (pages from 1; 3, 2-5, 4-)");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, PdfException {
        Args args = Args.parse(argv, Set.of("pages", "password-file"), Set.of());
        String file = PdfCommands.onlyFile(args, "text");
        try (PdfDocument pdf = PdfCommands.open(args, file)) {
            int[] range = PdfCommands.pageRange(cli, pdf, args.get("pages"));
            for (int p = range[0]; p <= range[1]; p++) {
                if (p > range[0]) {
                    cli.out().print("\f\n");
                }
                // page by page, so a long book starts printing at once
                cli.out().println(pdf.readText(p).text());
                if (cli.out().checkError()) {
                    // the reader has gone (| head): the rest of a long book is not wanted
                    return 0;
                }
            }
            cli.out().flush();
            return 0;
        }
    }
}
