package dev.gloss.cli;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What {@code info}, {@code text} and {@code render} share: opening a PDF (how to give a password), and page numbers. */
final class PdfCommands {
    /** Held so the settings stick: PDFBox warns about every oddity of a damaged file on stderr. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private PdfCommands() {
    }

    /**
     * Opens the PDF named on the command line with the password of {@code --password-file}.
     *
     * @throws CliException when it needs a password: how to give it
     * @throws PdfException when it cannot be opened
     */
    static PdfDocument open(Args args, String file) throws CliException, PdfException {
        for (Logger l : QUIET) {
            l.setLevel(Level.OFF);
        }
        Path path = Path.of(file);
        char[] password = ImportCommand.password(args);
        try {
            return PdfDocument.open(path, password);
        } catch (PdfException e) {
            String name = path.getFileName() == null ? file : path.getFileName().toString();
            if (e.reason() == PdfException.Reason.PASSWORD_REQUIRED) {
                throw new CliException(name + " is encrypted; give its password with --password-file F", e);
            }
            throw e;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The one FILE.pdf argument of a command. */
    static String onlyFile(Args args, String command) throws CliException {
        List<String> p = args.positionals();
        if (p.isEmpty()) {
            throw new CliException(command + " needs a FILE.pdf");
        }
        if (p.size() > 1) {
            throw new CliException(command + " takes one FILE.pdf, got " + p.size() + " files");
        }
        return p.get(0);
    }

    static void checkPage(PdfDocument pdf, int page) throws CliException {
        if (page < 1 || page > pdf.pageCount()) {
            throw new CliException("page " + page + " is out of range: " + pdf.file().getFileName() + " has "
                    + pdf.pageCount() + (pdf.pageCount() == 1 ? " page" : " pages"));
        }
    }

    /**
     * Parses a page range: "3", "2-5", "4-" (to the end) or "-2" (from the start), pages from 1.
     * Like pdftotext, a range that starts in the document and runs past its end is cut at the
     * last page, with a note on stderr ({@code text --pages 1-3} of a one-page file prints page 1).
     *
     * @return {from, to}, both within the document
     */
    static int[] pageRange(Cli cli, PdfDocument pdf, String spec) throws CliException {
        if (spec == null) {
            return new int[] {1, pdf.pageCount()};
        }
        String s = spec.strip();
        if (!s.matches("\\d*-?\\d*") || s.isEmpty() || s.equals("-")) {
            throw new CliException("--pages must look like 3 or 2-5, not \"" + spec + "\"");
        }
        int dash = s.indexOf('-');
        int from;
        int to;
        try {
            if (dash < 0) {
                from = Integer.parseInt(s);
                to = from;
            } else {
                from = dash == 0 ? 1 : Integer.parseInt(s.substring(0, dash));
                to = dash == s.length() - 1 ? pdf.pageCount() : Integer.parseInt(s.substring(dash + 1));
            }
        } catch (NumberFormatException e) {
            throw new CliException("--pages must look like 3 or 2-5, not \"" + spec + "\"", e);
        }
        if (from > to) {
            throw new CliException("--pages " + spec + " runs backwards");
        }
        checkPage(pdf, from);
        if (to > pdf.pageCount()) {
            cli.note("--pages " + spec + " runs past the end of " + pdf.file().getFileName() + ", which has "
                    + pdf.pageCount() + (pdf.pageCount() == 1 ? " page" : " pages") + "; printing pages " + from + "-" + pdf.pageCount());
            to = pdf.pageCount();
        }
        return new int[] {from, to};
    }
}
