package dev.gloss.desktop.core;

import java.awt.Color;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.StyleSheet;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

/**
 * Help ▸ Keyboard Shortcuts (F1): the weekly loop, step by step, with the key for each step. A
 * window that stays open beside the work, so a new user can follow it while doing the loop.
 */
@ActionID(category = "Help", id = "dev.gloss.desktop.core.KeysAction")
@ActionRegistration(displayName = "#CTL_KeysAction")
@ActionReferences({
    @ActionReference(path = "Menu/Help", position = 100),
    @ActionReference(path = "Shortcuts", name = "F1")
})
@NbBundle.Messages({
    "CTL_KeysAction=Keyboard Shortcuts",
    "TITLE_Keys=Gloss Keyboard Shortcuts"
})
public final class KeysAction implements ActionListener {
    private static Dialog open;

    @Override
    public void actionPerformed(ActionEvent e) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        JEditorPane page = new JEditorPane();
        page.setEditable(false);
        HTMLEditorKit kit = new HTMLEditorKit();
        kit.setStyleSheet(styles());
        page.setEditorKit(kit);
        page.setText(html());
        page.setCaretPosition(0);
        page.setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        JScrollPane scroll = new JScrollPane(page);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setPreferredSize(new Dimension(680, 770));
        DialogDescriptor dd = new DialogDescriptor(scroll, Bundle.TITLE_Keys(), false,
                new Object[] {DialogDescriptor.CLOSED_OPTION}, DialogDescriptor.CLOSED_OPTION,
                DialogDescriptor.DEFAULT_ALIGN, null, null);
        open = DialogDisplayer.getDefault().createDialog(dd);
        open.setVisible(true);
    }

    /** Colours and font of the current theme, so the page reads well in light and dark. */
    private static StyleSheet styles() {
        Font font = UIManager.getFont("Label.font");
        String family = font == null ? "SansSerif" : font.getFamily();
        int size = font == null ? 13 : font.getSize();
        StyleSheet css = new StyleSheet();
        css.addRule("body { font-family: " + family + "; font-size: " + size + "pt; color: "
                + hex(UIManager.getColor("Label.foreground"), "#1f2330") + "; }");
        css.addRule("h2 { font-size: " + (size + 4) + "pt; margin-top: 4px; margin-bottom: 4px; }");
        css.addRule("h3 { font-size: " + (size + 1) + "pt; font-weight: bold; margin-top: 10px; margin-bottom: 0px; }");
        css.addRule("td.k { font-weight: bold; white-space: nowrap; padding-right: 14px; color: "
                + hex(UIManager.getColor("Component.accentColor"), "#2f6fdb") + "; }");
        return css;
    }

    private static String hex(Color c, String fallback) {
        return c == null ? fallback : String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String html() {
        try (InputStream in = KeysAction.class.getResourceAsStream("keys.html")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(KeysAction.class.getName()).log(java.util.logging.Level.INFO, null, e);
        }
        // a packaging bug; the window says so rather than staying blank
        return "<html><body>The list of keys is missing from this build.</body></html>";
    }
}
