package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.widgets.FocusOnShow;
import dev.gloss.desktop.core.widgets.Forms;
import java.awt.Color;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.UIManager;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/** Asks for the password of an encrypted PDF. */
@NbBundle.Messages({
    "# {0} - file name",
    "TITLE_Password=Password for {0}",
    "# {0} - file name",
    "LBL_PasswordNeeded=<html>\u201c{0}\u201d is protected by a password.</html>",
    "LBL_Password=&Password:"
})
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /**
     * Shows the dialog on the event thread; returns the password typed, or null when the user
     * cancels. {@code problem} (e.g. "The password for x.pdf is not right.") is shown when not null.
     */
    static char[] ask(String fileName, String problem) {
        Forms form = new Forms().addWide(new JLabel(Bundle.LBL_PasswordNeeded(fileName)));
        if (problem != null) {
            JLabel error = new JLabel(problem);
            Color red = UIManager.getColor("nb.errorForeground");
            error.setForeground(red != null ? red : new Color(0xC0, 0x20, 0x20));
            form.addWide(error);
        }
        JPasswordField field = new JPasswordField(24);
        JPanel panel = form.add(Bundle.LBL_Password(), field).panel();
        DialogDescriptor d = new DialogDescriptor(panel, Bundle.TITLE_Password(fileName));
        FocusOnShow.install(field);
        Object result = DialogDisplayer.getDefault().notify(d);
        char[] pw = field.getPassword();
        field.setText("");
        if (result != DialogDescriptor.OK_OPTION) {
            java.util.Arrays.fill(pw, '\0');
            return null;
        }
        return pw;
    }
}
