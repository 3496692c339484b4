package dev.gloss.pdf;

import java.util.Locale;

/** Turns what PDFBox throws into one sentence a user can act on. */
final class PdfErrors {
    private PdfErrors() {
    }

    static PdfException damaged(String why, Throwable cause) {
        return new PdfException(PdfException.Reason.DAMAGED, "This file is damaged: " + why, cause);
    }

    /** A sentence for a failure while opening or reading the document structure. */
    static PdfException whileOpening(String name, Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String l = m.toLowerCase(Locale.ROOT);
        if (l.contains("header") && (l.contains("version") || l.contains("%pdf"))) {
            return new PdfException(PdfException.Reason.NOT_A_PDF, name + " is not a PDF file.", e);
        }
        if (l.contains("xref") || l.contains("cross reference") || l.contains("cross-reference") || l.contains("startxref")) {
            return damaged("the cross-reference table is missing or broken.", e);
        }
        if (l.contains("trailer")) {
            return damaged("its trailer is missing or broken.", e);
        }
        if (l.contains("root") || l.contains("catalog")) {
            return damaged("its document catalog is missing.", e);
        }
        if (l.contains("page tree") || l.contains("pages")) {
            return damaged("its page tree is broken.", e);
        }
        if (l.contains("security handler") || l.contains("encrypt")) {
            return damaged("its encryption could not be read (" + shorten(m) + ").", e);
        }
        if (l.contains("end of file") || l.contains("eof") || l.contains("premature")) {
            return damaged("it ends too early (it may be truncated).", e);
        }
        return damaged("it could not be read (" + shorten(m.isEmpty() ? e.getClass().getSimpleName() : m) + ").", e);
    }

    /** A sentence for a failure while drawing or reading one page. */
    static PdfException onPage(int page, String what, Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return damaged("page " + page + " could not be " + what + " (" + shorten(m) + ").", e);
    }

    /** One short line: PDFBox messages can be long and carry offsets and object dumps. */
    static String shorten(String m) {
        String s = m.strip().replaceAll("\\s+", " ");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
