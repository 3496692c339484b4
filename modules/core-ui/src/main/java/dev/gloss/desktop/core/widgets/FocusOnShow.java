package dev.gloss.desktop.core.widgets;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;

/** Gives a dialog's field the keyboard as soon as the dialog shows (a dialog focuses its buttons otherwise). */
public final class FocusOnShow {
    private FocusOnShow() {
    }

    public static void install(JComponent field) {
        field.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent e) {
                SwingUtilities.invokeLater(field::requestFocusInWindow);
            }

            @Override
            public void ancestorRemoved(AncestorEvent e) {
                // nothing to do when the dialog closes
            }

            @Override
            public void ancestorMoved(AncestorEvent e) {
                // position does not matter
            }
        });
    }
}
