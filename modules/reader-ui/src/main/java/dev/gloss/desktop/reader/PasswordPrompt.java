package dev.gloss.desktop.reader;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
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
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(0, 0, 10, 0);
        panel.add(new JLabel(Bundle.LBL_PasswordNeeded(fileName)), c);
        if (problem != null) {
            JLabel error = new JLabel(problem);
            Color red = UIManager.getColor("nb.errorForeground");
            error.setForeground(red != null ? red : new Color(0xC0, 0x20, 0x20));
            c.gridy++;
            panel.add(error, c);
        }
        JPasswordField field = new JPasswordField(24);
        JLabel label = new JLabel();
        org.openide.awt.Mnemonics.setLocalizedText(label, Bundle.LBL_Password());
        label.setLabelFor(field);
        c.gridy++;
        c.gridwidth = 1;
        c.insets = new Insets(0, 0, 0, 8);
        panel.add(label, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 0, 0);
        panel.add(field, c);
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
