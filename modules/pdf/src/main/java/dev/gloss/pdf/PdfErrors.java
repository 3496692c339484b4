package dev.gloss.pdf;

import dev.gloss.pdf.PdfException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns what PDFBox throws into a reason a user can act on. */
final class PdfErrors {
    /** The security handler of public-key (certificate) encryption, PDF 32000-1 §7.6.4. */
    private static final byte[] PUBLIC_KEY_FILTER = "/Adobe.PubSec".getBytes(StandardCharsets.US_ASCII);

    private PdfErrors() {
    }

    /** The reason for a failure while opening or reading the document structure. */
    static PdfException whileOpening(Path file, String name, Throwable e) {
        if (certificateEncrypted(file)) {
            return new PdfException(e, Reason.CERTIFICATE_ENCRYPTED, name);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        String l = m.toLowerCase(Locale.ROOT);
        if (l.contains("header") && (l.contains("version") || l.contains("%pdf"))) {
            return new PdfException(e, Reason.NOT_A_PDF, name);
        }
        if (l.contains("xref") || l.contains("cross reference") || l.contains("cross-reference") || l.contains("startxref")) {
            return new PdfException(e, Reason.BROKEN_XREF);
        }
        if (l.contains("trailer")) {
            return new PdfException(e, Reason.BROKEN_TRAILER);
        }
        if (l.contains("root") || l.contains("catalog")) {
            return new PdfException(e, Reason.NO_CATALOG);
        }
        if (l.contains("page tree") || l.contains("pages")) {
            return new PdfException(e, Reason.BROKEN_PAGE_TREE);
        }
        if (l.contains("security handler") || l.contains("encrypt")) {
            return new PdfException(e, Reason.BROKEN_ENCRYPTION, shorten(m));
        }
        if (l.contains("end of file") || l.contains("eof") || l.contains("premature")) {
            return new PdfException(e, Reason.TRUNCATED);
        }
        String detail = detail(e);
        return detail == null ? new PdfException(e, Reason.DAMAGED) : new PdfException(e, Reason.DAMAGED_BECAUSE, detail);
    }

    /** The reason for a failure while drawing ({@code drawing}) or reading the text of one page. */
    static PdfException onPage(int page, boolean drawing, Throwable e) {
        String detail = detail(e);
        if (detail == null) {
            return new PdfException(e, drawing ? Reason.PAGE_NOT_DRAWN : Reason.PAGE_NOT_READ, page);
        }
        return new PdfException(e, drawing ? Reason.PAGE_NOT_DRAWN_BECAUSE : Reason.PAGE_NOT_READ_BECAUSE, page, detail);
    }

    /**
     * What PDFBox said, shortened; nothing for an {@link Error} (a missing class, a stack
     * overflow), whose message is a class name or empty and means nothing to a reader.
     */
    private static String detail(Throwable e) {
        if (e instanceof Error || e.getMessage() == null || e.getMessage().isBlank()) {
            return null;
        }
        return shorten(e.getMessage());
    }

    /** One short line: PDFBox messages can be long and carry offsets and object dumps. */
    static String shorten(String m) {
        String s = m.strip().replaceAll("\\s+", " ");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /**
     * Whether the file is encrypted for certificates rather than a password. PDFBox needs
     * BouncyCastle for that security handler (which Gloss does not ship) and fails with a
     * missing class; the encryption dictionary may not live in an object stream (§7.5.7), so
     * its filter name stands in the file's bytes as written.
     */
    static boolean certificateEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int keep = PUBLIC_KEY_FILTER.length - 1;
            int filled = 0;
            for (int n; (n = in.read(buf, filled, buf.length - filled)) > 0;) {
                int end = filled + n;
                if (indexOf(buf, end) >= 0) {
                    return true;
                }
                int tail = Math.min(keep, end);
                System.arraycopy(buf, end - tail, buf, 0, tail);
                filled = tail;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] buf, int end) {
        outer:
        for (int i = 0; i + PUBLIC_KEY_FILTER.length <= end; i++) {
            for (int j = 0; j < PUBLIC_KEY_FILTER.length; j++) {
                if (buf[i + j] != PUBLIC_KEY_FILTER[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
