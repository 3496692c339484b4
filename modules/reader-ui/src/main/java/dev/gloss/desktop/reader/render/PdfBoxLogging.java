package dev.gloss.desktop.reader.render;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps PDFBox's own diagnostics out of the application's warnings. PDFBox logs a warning for
 * every font it substitutes and an error for every object it repairs in a damaged file; the
 * reader already turns real failures into one sentence for the user, so these notices are
 * nothing anyone can act on, yet each SEVERE record lights the platform's error indicator and
 * the boot test fails on any warning. They are passed on under this class's logger: errors
 * at INFO (one line, no stack), everything else at FINE.
 */
public final class PdfBoxLogging {
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger OUT = Logger.getLogger(PdfBoxLogging.class.getName());
    private static boolean installed;

    private PdfBoxLogging() {
    }

    /** Routes PDFBox's records through {@link #OUT}, demoted (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PDFBOX.setUseParentHandlers(false);
        PDFBOX.addHandler(new Handler() {
            private final SimpleFormatter text = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                Level to = r.getLevel().intValue() >= Level.SEVERE.intValue() ? Level.INFO : Level.FINE;
                if (!OUT.isLoggable(to)) {
                    return;
                }
                String why = r.getThrown() == null ? "" : " (" + r.getThrown() + ")";
                OUT.log(to, "PDFBox {0}: {1}{2}", new Object[] {r.getLoggerName(), text.formatMessage(r), why});
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        });
    }
}
