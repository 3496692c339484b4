package dev.gloss.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF in a worker thread with a time bound, so that a damaged or hostile file (a page
 * tree that loops, a cross-reference table PDFBox must rebuild from a huge file) cannot hang
 * the caller, and turns every failure into one reason.
 */
final class PdfOpener {
    private static final Logger LOG = Logger.getLogger(PdfOpener.class.getName());
    private static final AtomicInteger OPENERS = new AtomicInteger();
    private static final ExecutorService OPENER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gloss-pdf-open-" + OPENERS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private PdfOpener() {
    }

    /** How the worker turns the file into a document (a test slows it down on purpose). */
    @FunctionalInterface
    interface Load {
        PdfDocument load(Path file, String name, String password, boolean gavePassword, AtomicBoolean abandoned)
                throws PdfException;
    }

    static PdfDocument open(Path file, char[] password) throws PdfException {
        return open(file, password, Long.getLong("gloss.pdf.openTimeoutSeconds", 20), PdfOpener::load);
    }

    static PdfDocument open(Path file, char[] password, long seconds, Load loader) throws PdfException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkFile(file, name);
        String pw = password == null ? "" : new String(password);
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<PdfDocument> task = OPENER.submit(() -> loader.load(file, name, pw, password != null && password.length > 0, abandoned));
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            abandon(task, abandoned);
            throw new PdfException(e, PdfException.Reason.TIMEOUT, name, seconds);
        } catch (InterruptedException e) {
            abandon(task, abandoned);
            Thread.currentThread().interrupt();
            throw new PdfException(e, PdfException.Reason.INTERRUPTED, name);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof PdfException pe) {
                throw pe;
            }
            throw PdfErrors.whileOpening(file, name, c);
        }
    }

    /** Nobody waits for the worker any more: it closes what it opens, or we close what it just opened. */
    private static void abandon(Future<PdfDocument> task, AtomicBoolean abandoned) {
        abandoned.set(true);
        if (!task.cancel(true) && task.isDone()) {
            try {
                PdfDocument late = task.get();
                if (late != null) {
                    late.close();
                }
            } catch (ExecutionException | InterruptedException | java.util.concurrent.CancellationException e) {
                LOG.log(Level.FINE, "an abandoned open failed too", e);
            }
        }
    }

    private static void checkFile(Path file, String name) throws PdfException {
        if (!Files.exists(file)) {
            throw new PdfException(PdfException.Reason.NOT_FOUND, name);
        }
        if (Files.isDirectory(file)) {
            throw new PdfException(PdfException.Reason.FOLDER, name);
        }
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new PdfException(e, PdfException.Reason.UNREADABLE, name, PdfErrors.shorten(String.valueOf(e.getMessage())));
        }
        if (n == 0) {
            throw new PdfException(PdfException.Reason.EMPTY);
        }
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (!s.contains("%PDF-")) {
            throw new PdfException(PdfException.Reason.NOT_A_PDF, name);
        }
    }

    static PdfDocument load(Path file, String name, String pw, boolean gavePassword, AtomicBoolean abandoned) throws PdfException {
        PDDocument doc = null;
        try {
            GlossParser.Parsed parsed = GlossParser.parse(file, pw);
            doc = parsed.doc();
            PageTree.Pages pages = PageTree.repair(doc, parsed.declaredCount());
            if (pages.count() == 0) {
                throw new PdfException(PdfException.Reason.NO_PAGES);
            }
            PdfDocument pdf = new PdfDocument(file, doc, pages.count(), pages.missing(),
                    Repair.of(parsed.xrefRebuilt(), pages.rebuilt(), pages.missing()));
            if (abandoned.get()) {
                // the caller gave up waiting; nobody will close it
                doc.close();
                return null;
            }
            doc = null;
            return pdf;
        } catch (InvalidPasswordException e) {
            if (gavePassword) {
                throw new PdfException(e, PdfException.Reason.WRONG_PASSWORD, name);
            }
            throw new PdfException(e, PdfException.Reason.PASSWORD_REQUIRED, name);
        } catch (PdfException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw PdfErrors.whileOpening(file, name, e);
        } catch (OutOfMemoryError e) {
            // a hostile file asking for a huge allocation; the memory is free again once we return
            throw new PdfException(e, PdfException.Reason.TOO_BIG_TO_OPEN);
        } finally {
            if (doc != null) {
                try {
                    doc.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing a document that failed to open", e);
                }
            }
        }
    }


}
