package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PdfBoxLogging;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Ids;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiFunction;
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
    "MSG_NeedsPassword={0} needs a password."
})
public final class DocumentLoader {
    private static final Logger LOG = Logger.getLogger(DocumentLoader.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: open", 2);

    /** What became of an attempt to open; all called on the event thread. */
    public interface Callback {
        void loaded(OpenDocument doc);

        /** The file cannot be shown; {@code sentence} says why. */
        void failed(String sentence, PdfException.Reason reason);
    }

    private final Path file;
    private final Callback callback;
    /** Asks the user for a password on the event thread: (file name, problem or null) to password or null. */
    private final BiFunction<String, String, char[]> prompt;

    DocumentLoader(Path file, Callback callback, BiFunction<String, String, char[]> prompt) {
        this.file = file;
        this.callback = callback;
        this.prompt = prompt;
    }

    public DocumentLoader(Path file, Callback callback) {
        this(file, callback, PasswordPrompt::ask);
    }

    /** Starts opening; returns at once. */
    public void start() {
        PdfBoxLogging.install();
        RP.post(() -> attempt(null));
    }

    private void attempt(char[] password) {
        try {
            PdfDocument pdf = PdfDocument.open(file, password);
            OpenDocument doc;
            try {
                doc = new OpenDocument(pdf, password, Ids.sha256(file));
            } catch (IOException | RuntimeException e) {
                pdf.close();
                throw e;
            }
            // before the first page is drawn: a paper's marks come from the workspace
            if (PaperFinder.isPaper(file, doc.sha256())) {
                doc.hideFileMarkup();
            }
            SwingUtilities.invokeLater(() -> callback.loaded(doc));
        } catch (PdfException e) {
            LOG.log(Level.FINE, "Cannot open " + file, e);
            if (e.reason().needsPassword()) {
                String problem = e.reason() == PdfException.Reason.WRONG_PASSWORD ? Sentences.of(e) : null;
                SwingUtilities.invokeLater(() -> askAndRetry(problem, e));
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

    private void askAndRetry(String problem, PdfException why) {
        char[] pw = prompt.apply(file.getFileName().toString(), problem);
        if (pw == null) {
            callback.failed(why.reason() == PdfException.Reason.WRONG_PASSWORD
                    ? Sentences.of(why) : Bundle.MSG_NeedsPassword(file.getFileName()), PdfException.Reason.PASSWORD_REQUIRED);
            return;
        }
        RP.post(() -> attempt(pw));
    }
}
