package dev.gloss.desktop.core.widgets;

import javax.swing.Icon;
import javax.swing.UIManager;

/** Icons the desktop modules share; taken from the look and feel so they fit light and dark themes. */
public final class Icons {
    private Icons() {
    }

    public static Icon warning() {
        Icon i = UIManager.getIcon("OptionPane.warningIcon");
        return i != null ? i : UIManager.getIcon("FileView.fileIcon");
    }

    public static Icon info() {
        Icon i = UIManager.getIcon("OptionPane.informationIcon");
        return i != null ? i : UIManager.getIcon("FileView.fileIcon");
    }
}
