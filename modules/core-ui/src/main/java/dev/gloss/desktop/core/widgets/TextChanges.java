package dev.gloss.desktop.core.widgets;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.Document;

/** Follows what is typed into a text field or area, without the listener's three methods each time. */
public final class TextChanges {
    private TextChanges() {
    }

    /** Calls {@code edited} after every insertion and removal in {@code doc} (attribute changes are not edits). */
    public static void onEdit(Document doc, Runnable edited) {
        doc.addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only: the text is the same
            }
        });
    }
}
