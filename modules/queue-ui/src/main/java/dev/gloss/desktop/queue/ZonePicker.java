package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.TextChanges;
import java.awt.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * A time zone, picked from the list of region ids and searched by typing any part of one
 * ("berl", "new_y", "tokyo"): the list narrows to what matches. The list names each zone with
 * its abbreviation ("Europe/Berlin (CET)").
 */
final class ZonePicker extends JComboBox<String> {
    /**
     * Region ids (Europe/Berlin), UTC, and the zone this computer is set to whatever its id
     * (Etc/UTC); not the other legacy aliases (CET, US/Pacific, Etc/GMT+5).
     */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                    || id.equals("UTC") || id.equals(ZoneId.systemDefault().getId()))
            .sorted().toList();

    private final DefaultComboBoxModel<String> matches = new DefaultComboBoxModel<>();
    private boolean filtering;

    ZonePicker(ZoneId initial) {
        setModel(matches);
        ZONES.forEach(matches::addElement);
        setEditable(true);
        setMaximumRowCount(12);
        setSelectedItem(initial.getId());
        setPrototypeDisplayValue("America/Argentina/Buenos_Aires");
        setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                String id = (String) v;
                String abbreviation = id == null ? "" : java.time.format.DateTimeFormatter.ofPattern("zzz", Times.locale())
                        .format(Instant.now().atZone(ZoneId.of(id)));
                // the id, as it is typed and picked, with the abbreviation it goes by now
                return super.getListCellRendererComponent(l, id == null ? "" : id.equals(abbreviation) ? id
                        : id + " (" + abbreviation + ")", i, s, f);
            }
        });
        TextChanges.onEdit(editorField().getDocument(), this::typed);
    }

    JTextField editorField() {
        return (JTextField) getEditor().getEditorComponent();
    }

    /** What is typed, as a zone: the one it names (case aside), or the only one it matches. */
    Optional<ZoneId> zone() {
        String typed = editorField().getText().strip();
        Optional<String> exact = ZONES.stream().filter(id -> id.equalsIgnoreCase(typed)).findFirst();
        List<String> found = typed.isEmpty() ? List.of() : matching(typed);
        return exact.or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty()).map(ZoneId::of);
    }

    /** The combo puts a chosen item into the editor: that is not typing, the list stays as it is. */
    @Override
    public void configureEditor(javax.swing.ComboBoxEditor anEditor, Object anObject) {
        boolean was = filtering;
        filtering = true;
        try {
            super.configureEditor(anEditor, anObject);
        } finally {
            filtering = was;
        }
    }

    /** The zones whose id contains every word typed ("new york" finds America/New_York). */
    static List<String> matching(String typed) {
        String[] words = typed.strip().toLowerCase(Locale.ROOT).replace('_', ' ').split("[\\s/]+");
        return ZONES.stream().filter(id -> {
            String name = id.toLowerCase(Locale.ROOT).replace('_', ' ');
            for (String w : words) {
                if (!name.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** Narrows the list to what is typed, after the edit (a model may not change inside its document's event). */
    private void typed() {
        if (filtering) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            if (filtering || !editorField().isFocusOwner()) {
                return;
            }
            String text = editorField().getText();
            int caret = editorField().getCaretPosition();
            List<String> found = matching(text);
            filtering = true;
            try {
                matches.removeAllElements();
                (found.isEmpty() ? ZONES : found).forEach(matches::addElement);
                // what is typed stays the selection, so Down goes to the first match and Enter takes it
                matches.setSelectedItem(text);
                editorField().setText(text);
                editorField().setCaretPosition(Math.min(caret, text.length()));
            } finally {
                filtering = false;
            }
            if (!found.isEmpty() && isShowing()) {
                setPopupVisible(false); // the popup's size follows the new list
                setPopupVisible(true);
            }
        });
    }
}
