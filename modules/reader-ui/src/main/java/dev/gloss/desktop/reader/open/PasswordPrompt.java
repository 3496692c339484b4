package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.widgets.FocusOnShow;
import dev.gloss.desktop.core.widgets.Forms;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * Asks for the password of an encrypted PDF, one file at a time: tabs opening at once (a
 * restart with several encrypted papers) wait in line instead of stacking their dialogs over
 * each other, and each dialog names its file.
 */
@NbBundle.Messages({
    "# {0} - file name",
    "TITLE_Password=Password for {0}",
    "# {0} - file name",
    "LBL_PasswordNeeded=<html>\u201c{0}\u201d is protected by a password.</html>",
    "LBL_Password=&Password:",
    "CHK_RememberPassword=&Remember password (in the system keyring)"
})
public final class PasswordPrompt {
    /** What the user typed, and whether to remember it once it opens the file. */
    public record Answer(char[] password, boolean remember) {
    }

    private static final Deque<Runnable> WAITING = new ArrayDeque<>();
    private static boolean showing;

    private PasswordPrompt() {
    }

    /**
     * Asks on the event thread once no other password dialog is showing; tells {@code then} the
     * answer, or null when the user cancels. {@code problem} (e.g. "The password for x.pdf is not
     * right.") is shown when not null.
     */
    static void ask(String fileName, String problem, Consumer<Answer> then) {
        WAITING.add(() -> then.accept(show(fileName, problem)));
        if (!showing) {
            next();
        }
    }

    private static void next() {
        Runnable prompt = showing ? null : WAITING.poll();
        if (prompt == null) {
            return;
        }
        showing = true;
        try {
            // a modal dialog runs the event loop: a prompt asked meanwhile waits in WAITING
            prompt.run();
        } finally {
            showing = false;
            SwingUtilities.invokeLater(PasswordPrompt::next);
        }
    }

    /** How many prompts wait behind the one showing (for tests). */
    static int waiting() {
        return WAITING.size();
    }

    private static Answer show(String fileName, String problem) {
        Forms form = new Forms().addWide(new JLabel(Bundle.LBL_PasswordNeeded(fileName)));
        if (problem != null) {
            JLabel error = new JLabel(problem);
            Color red = UIManager.getColor("nb.errorForeground");
            error.setForeground(red != null ? red : new Color(0xC0, 0x20, 0x20));
            form.addWide(error);
        }
        JPasswordField field = new JPasswordField(24);
        form.add(Bundle.LBL_Password(), field);
        JCheckBox remember = new JCheckBox();
        Mnemonics.setLocalizedText(remember, Bundle.CHK_RememberPassword());
        JPanel panel = form.addWide(remember).panel();
        DialogDescriptor d = new DialogDescriptor(panel, Bundle.TITLE_Password(fileName));
        FocusOnShow.install(field);
        Object result = DialogDisplayer.getDefault().notify(d);
        char[] pw = field.getPassword();
        field.setText("");
        if (result != DialogDescriptor.OK_OPTION) {
            Arrays.fill(pw, '\0');
            return null;
        }
        return new Answer(pw, remember.isSelected());
    }
}
