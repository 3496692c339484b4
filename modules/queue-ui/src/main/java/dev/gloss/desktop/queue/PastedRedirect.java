package dev.gloss.desktop.queue;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * The way through a sign-in when the browser cannot be opened here or its redirect never reaches
 * this machine (a remote desktop, a browser on another computer): the authorize address to copy,
 * and a field for the address the browser ended on ({@code …/callback?code=…&state=…}), which
 * {@link dev.gloss.publish.SignIn#await(java.time.Duration, java.util.function.BooleanSupplier,
 * java.util.function.Supplier)} finishes with while it still listens on the loopback.
 */
@NbBundle.Messages({
    "LBL_NoBrowser=<html>Browser did not open, or it runs on another computer? Open this address there:</html>",
    "BTN_CopyAddress=Cop&y",
    "LBL_PasteAddress=<html>After allowing Gloss, the browser ends on an address with <b>?code=…&amp;state=…</b>"
            + " (it may say it cannot connect).<br>Paste that whole address here:</html>",
    "BTN_FinishPasted=&Finish Sign-In"
})
final class PastedRedirect {
    private final JPanel panel = new JPanel(new GridBagLayout());
    private final JTextField address = new JTextField(40);
    private final JTextField pastedField = new JTextField(40);
    private final AtomicReference<String> pasted = new AtomicReference<>();

    PastedRedirect() {
        address.setName("authorizeUrl");
        address.setEditable(false);
        pastedField.setName("pastedAddress");
        JButton copy = button("copyAddress", Bundle.BTN_CopyAddress());
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(address.getText()), null));
        JButton finish = button("finishPasted", Bundle.BTN_FinishPasted());
        Runnable take = () -> {
            String text = pastedField.getText().strip();
            if (!text.isEmpty()) {
                pasted.set(text);
            }
        };
        finish.addActionListener(e -> take.run());
        pastedField.addActionListener(e -> take.run());
        panel.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 0);
        panel.add(new JLabel(Bundle.LBL_NoBrowser()), c);
        c.gridy++;
        panel.add(row(address, copy), fill(c));
        c.gridy++;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        panel.add(new JLabel(Bundle.LBL_PasteAddress()), c);
        c.gridy++;
        panel.add(row(pastedField, finish), fill(c));
        panel.setVisible(false);
    }

    JPanel panel() {
        return panel;
    }

    /** Shows the address of this sign-in (any thread) and forgets what was pasted for an earlier one. */
    void show(URI authorize) {
        pasted.set(null);
        SwingUtilities.invokeLater(() -> {
            address.setText(authorize.toString());
            address.setCaretPosition(0);
            pastedField.setText("");
            if (!panel.isVisible()) {
                panel.setVisible(true);
                Window w = SwingUtilities.getWindowAncestor(panel);
                if (w != null) {
                    w.pack();
                }
            }
        });
    }

    /** The address the user pasted and confirmed, or null while there is none (asked off the event thread). */
    String pasted() {
        return pasted.get();
    }

    private static JPanel row(JTextField field, JButton button) {
        JPanel p = new JPanel(new BorderLayout(6, 0));
        p.add(field, BorderLayout.CENTER);
        p.add(button, BorderLayout.EAST);
        return p;
    }

    private static GridBagConstraints fill(GridBagConstraints c) {
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        return c;
    }

    private static JButton button(String name, String label) {
        JButton b = new JButton();
        b.setName(name);
        Mnemonics.setLocalizedText(b, label);
        return b;
    }
}
