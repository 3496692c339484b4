package dev.gloss.cli;

import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Reasoned;
import java.nio.file.Path;
import java.util.ResourceBundle;

/**
 * The CLI's sentences: the modules' own (their {@code Reasons.properties}, through
 * {@link Phrasebook}), with the few the CLI says differently first — {@code messages.properties}
 * beside this class names a command to type where the desktop names a menu.
 */
final class Messages {
    static final String BUNDLE = "dev.gloss.cli.messages";
    static final Phrasebook BOOK = new Phrasebook(ResourceBundle.getBundle(BUNDLE));

    private Messages() {
    }

    /** The sentence for a reason and its values. */
    static String phrase(Reasoned r) {
        return BOOK.phrase(r);
    }

    /** The sentence of {@code t} when it carries a reason, else its message as it is. */
    static String of(Throwable t) {
        return BOOK.of(t);
    }

    /**
     * What went wrong with one file of a list, naming it once: the sentence alone when it names
     * the file already ("bad.pdf is not a PDF file."), else "FILE: sentence".
     */
    static String aboutFile(Path file, Throwable t) {
        return BOOK.aboutFile(file.toString(), t);
    }

    /**
     * Why a target of a queue entry failed: its kept reason phrased, else the sentence an older
     * Gloss kept (shown as it is); null when it did not fail.
     */
    static String failure(dev.gloss.workspace.QueueTarget t) {
        return dev.gloss.publish.QueueFailures.of(t).map(Messages::phrase).orElse(t.reason());
    }

    /** The word for a kind of workspace object, e.g. "queue entry". */
    static String kind(Kind<?> k) {
        return BOOK.word(k);
    }
}
