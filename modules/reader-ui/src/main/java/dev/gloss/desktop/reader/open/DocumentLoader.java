package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.core.spi.UnlockedPapers;
import dev.gloss.desktop.reader.navigate.PositionMemory;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.RasterKeeper;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.PdfBoxLogging;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.pdf.raster.PageRasters;
import java.awt.image.BufferedImage;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Opens a PDF for a reader tab off the event thread, asking for a password on the event
 * thread as often as the user wants to try one.
 */
@NbBundle.Messages({
    "# {0} - file name",
    "# {1} - reason",
    "MSG_CannotRead={0} cannot be read ({1}).",
    "# {0} - file name",
    "MSG_NeedsPassword={0} needs a password.",
    "# {0} - file name",
    "MSG_RememberedPasswordWrong=The password remembered for {0} no longer opens it."
})
public final class DocumentLoader {
    private static final Logger LOG = Logger.getLogger(DocumentLoader.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: open", 2);

    /** What became of an attempt to open; all called on the event thread. */
    public interface Callback {
        /**
         * What a reader showed of this file last time, kept on disk, before the file is open (not
         * called when none is kept); {@link #loaded} or {@link #failed} follows.
         */
        default void kept(PageRasters.View view) {
        }

        void loaded(OpenDocument doc);

        /** The file cannot be shown; {@code sentence} says why. */
        void failed(String sentence, PdfException.Reason reason);
    }

    /** Asks the user for a password on the event thread: file name, problem or null, then the answer or null. */
    interface Asker {
        void ask(String fileName, String problem, Consumer<PasswordPrompt.Answer> then);
    }

    private final Path file;
    private final Callback callback;
    private final Asker prompt;
    /** The file's key in the keyring, found when it first needs a password. */
    private String key;
    private boolean storedTried;
    /** Where the pages shown last time are kept; null to read none. */
    private final PageRasters rasters;

    DocumentLoader(Path file, Callback callback, Asker prompt, PageRasters rasters) {
        this.file = file;
        this.callback = callback;
        this.prompt = prompt;
        this.rasters = rasters;
    }

    /** A loader that reads nothing kept on disk. */
    public DocumentLoader(Path file, Callback callback) {
        this(file, callback, PasswordPrompt::ask, null);
    }

    /**
     * A loader that first shows what {@code rasters} kept of the file (the view last shown, then
     * the pages about the remembered reading position, stretched until rendered).
     */
    public DocumentLoader(Path file, Callback callback, PageRasters rasters) {
        this(file, callback, PasswordPrompt::ask, rasters);
    }

    /** Starts opening; returns at once. */
    public void start() {
        PdfBoxLogging.install();
        RP.post(() -> attempt(null, false, false));
    }

    /**
     * @param remember whether to keep {@code password} in the keyring once it opens the file
     * @param stored   whether {@code password} came from the keyring
     */
    private void attempt(char[] password, boolean remember, boolean stored) {
        try {
            // read while the window was built (a file on the command line), with its first pages
            OpenDocument early = password == null ? EarlyPage.take(file) : null;
            String sha = early != null ? early.sha256() : password == null ? showKeptView() : null;
            PdfDocument pdf = early != null ? early.pdf() : PdfDocument.open(file, password);
            OpenDocument doc;
            Paper paper;
            try {
                if (early != null) {
                    doc = early;
                } else {
                    doc = new OpenDocument(pdf, password, sha != null ? sha : Ids.sha256(file));
                    doc.expectPaceOfEarlierDocuments();
                }
                paper = PaperFinder.paperWaiting(file, doc.sha256());
            } catch (IOException | RuntimeException e) {
                pdf.close();
                throw e;
            }
            // before the first page is drawn: a paper's marks come from the workspace
            if (paper != null) {
                doc.hideFileMarkup();
            }
            if (password != null && password.length > 0) {
                if (remember) {
                    remember(password);
                }
                if (paper != null) {
                    UnlockedPapers.tell(paper.id(), password);
                }
            }
            readKeptPages(doc);
            SwingUtilities.invokeLater(() -> callback.loaded(doc));
        } catch (PdfException e) {
            LOG.log(Level.FINE, "Cannot open " + file, e);
            if (e.reason().needsPassword()) {
                needsPassword(e, stored);
            } else {
                SwingUtilities.invokeLater(() -> callback.failed(Sentences.of(e), e.reason()));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // a hostile file may still exhaust the stack or the heap while its pages are listed
            LOG.log(Level.INFO, "Cannot open " + file, e);
            String sentence = Bundle.MSG_CannotRead(file.getFileName(), String.valueOf(e.getMessage()));
            SwingUtilities.invokeLater(() -> callback.failed(sentence, PdfException.Reason.UNREADABLE));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Hands the view kept of this file to the callback, before the file is opened (a hash costs
     * milliseconds, opening a PDF in a new JVM most of a second); returns the file's hash, or
     * null when it cannot be read (opening then says why). An encrypted file has nothing kept.
     */
    private String showKeptView() {
        if (rasters == null) {
            return null;
        }
        String sha;
        try {
            sha = Ids.sha256(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot hash " + file, e);
            return null;
        }
        PageRasters.View view = rasters.view(sha);
        if (view != null) {
            SwingUtilities.invokeLater(() -> callback.kept(view));
        }
        return sha;
    }

    /** Reads the kept pages about the reading position the document will open at. */
    private void readKeptPages(OpenDocument doc) {
        if (rasters == null || doc.pdf().encrypted()) {
            return;
        }
        int page = PositionMemory.standard().recall(doc.sha256()).map(ReadingPosition::page).orElse(1);
        page = Math.max(1, Math.min(doc.pageCount(), page));
        Map<Integer, BufferedImage> pages = new HashMap<>();
        for (int p : RasterKeeper.near(page, doc.pageCount())) {
            // the widest kept: it is stretched to the page's size at the zoom it opens at
            BufferedImage img = rasters.page(doc.sha256(), p, !doc.fileMarkupHidden(), Integer.MAX_VALUE);
            if (img != null) {
                pages.put(p, img);
            }
        }
        doc.setKeptPages(pages);
    }

    /** Off the event thread: the remembered password first, else the user. */
    private void needsPassword(PdfException e, boolean stored) {
        String problem;
        if (stored) {
            // changed since it was remembered: forget it and ask
            try {
                PasswordStore.forget(key());
            } catch (IOException | RuntimeException ex) {
                LOG.log(Level.INFO, "The keyring could not forget the password of " + file.getFileName(), ex);
            }
            problem = Bundle.MSG_RememberedPasswordWrong(file.getFileName());
        } else {
            if (!storedTried) {
                storedTried = true;
                Optional<char[]> remembered = readStored();
                if (remembered.isPresent()) {
                    attempt(remembered.get(), false, true);
                    return;
                }
            }
            problem = e.reason() == PdfException.Reason.WRONG_PASSWORD ? Sentences.of(e) : null;
        }
        SwingUtilities.invokeLater(() -> askAndRetry(problem, e));
    }

    private void remember(char[] password) {
        try {
            PasswordStore.remember(key(), password);
        } catch (IOException | RuntimeException ex) {
            // the file is open all the same; it asks again next time
            LOG.log(Level.INFO, "The keyring could not keep the password of " + file.getFileName(), ex);
        }
    }

    private Optional<char[]> readStored() {
        try {
            return PasswordStore.read(key());
        } catch (IOException | RuntimeException ex) {
            // no keyring (or it refused): ask the user as if nothing was remembered
            LOG.log(Level.INFO, "The keyring could not be read for " + file.getFileName(), ex);
            return Optional.empty();
        }
    }

    /** The keyring key of this file: its paper's id, or its bytes' hash. Off the event thread. */
    private String key() throws IOException {
        if (key == null) {
            String sha = Ids.sha256(file);
            Paper paper = PaperFinder.paperWaiting(file, sha);
            key = PasswordStore.key(paper == null ? null : paper.id(), sha);
        }
        return key;
    }

    private void askAndRetry(String problem, PdfException why) {
        prompt.ask(file.getFileName().toString(), problem, answer -> {
            if (answer == null) {
                callback.failed(why.reason() == PdfException.Reason.WRONG_PASSWORD
                        ? Sentences.of(why) : Bundle.MSG_NeedsPassword(file.getFileName()), PdfException.Reason.PASSWORD_REQUIRED);
                return;
            }
            RP.post(() -> attempt(answer.password(), answer.remember(), false));
        });
    }
}
