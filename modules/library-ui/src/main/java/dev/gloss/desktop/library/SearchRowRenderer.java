package dev.gloss.desktop.library;

import dev.gloss.search.SearchHit;
import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** Paper headings in bold; hits indented, with what they are ({@link HitLabel}) and their snippet with the matches bold. */
final class SearchRowRenderer extends DefaultListCellRenderer {
    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        SearchRow row = (SearchRow) value;
        if (row.isHeading()) {
            setText(escape(row.heading()));
            setFont(getFont().deriveFont(Font.BOLD));
            setBorder(BorderFactory.createEmptyBorder(index == 0 ? 2 : 8, 6, 2, 6));
        } else {
            SearchHit h = row.hit();
            String where = HitLabel.of(h);
            setText("<html><span style='color:gray'>" + escape(where) + "</span>&nbsp;&nbsp;" + snippet(h) + "</html>");
            setFont(getFont().deriveFont(Font.PLAIN));
            setBorder(BorderFactory.createEmptyBorder(2, 22, 2, 6));
        }
        return this;
    }

    /** The snippet as HTML with every «match» in bold. */
    static String snippet(SearchHit h) {
        String s = escape(h.snippet());
        return s.replace(String.valueOf(SearchHit.MARK_OPEN), "<b>").replace(String.valueOf(SearchHit.MARK_CLOSE), "</b>");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
