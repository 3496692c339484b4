package dev.gloss.desktop.core;

import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Reasoned;
import java.util.List;
import org.openide.util.NbBundle;

/**
 * The desktop's sentences: the modules' own (each module's {@code Reasons.properties}, through
 * {@link Phrasebook}), with the few the desktop says differently first — below, where a menu or
 * a button helps more than the command the CLI names.
 * <pre>{@code
 * } catch (LibraryException e) {
 *     status.setText(Sentences.of(e));
 * }</pre>
 */
@NbBundle.Messages({
    "# {0} - account id",
    "PublishException.ACCOUNT_GONE=The account of this entry ({0}) no longer exists; add it again in Accounts\u2026",
    "# {0} - handle", "# {1} - server", "# {2} - environment variable",
    "PublishException.NO_CREDENTIAL=No password or token is stored for {0} on {1}; add the account again in Accounts\u2026 or set {2}.",
    "# {0} - time",
    "PublishSetupException.IN_THE_PAST={0} is in the past; choose Publish now to publish at once.",
    "PublishSetupException.NO_SLOTS=No weekly slots are set yet; add one with Slots\u2026 first.",
    "Skipped.FAILED=This entry failed; choose Retry to schedule it again."
})
public final class Sentences {
    private static final Phrasebook BOOK = new Phrasebook(NbBundle.getBundle(Sentences.class));

    private Sentences() {
    }

    /** The sentence of {@code t} when it carries a reason; else its message as it is (a system's own words). */
    public static String of(Throwable t) {
        return BOOK.of(t);
    }

    /** The sentence for a reason and its values. */
    public static String phrase(Reasoned r) {
        return BOOK.phrase(r);
    }

    /** Several reasons (a thread's problems), one sentence after the other. */
    public static String of(List<? extends Reasoned> reasons) {
        return BOOK.phrase(reasons);
    }

    /**
     * What went wrong with one file of a list, naming the file once: the sentence alone when it
     * names the file already ("bad.pdf is not a PDF file."), else "bad.pdf: This file is damaged: ...".
     */
    public static String aboutFile(String fileName, Throwable t) {
        return BOOK.aboutFile(fileName, t);
    }

    /** The book itself, for a sentence of a reason the caller holds as an enum. */
    public static Phrasebook book() {
        return BOOK;
    }
}
