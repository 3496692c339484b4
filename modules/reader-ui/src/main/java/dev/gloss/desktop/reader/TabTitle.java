package dev.gloss.desktop.reader;

/**
 * The reader tab's title: the paper's title shortened to fit a tab, cut at a word with an
 * ellipsis; the full title goes into the tab's tooltip.
 */
final class TabTitle {
    /** About what a tab shows before it gets too wide to leave room for the others. */
    static final int MAX = 40;

    private TabTitle() {
    }

    /**
     * {@code title} with its whitespace runs made single spaces, at most {@code max} characters:
     * a longer one is cut after the last whole word that fits (mid-word only when that word is
     * more than half of it) and ends with an ellipsis.
     */
    static String shorten(String title, int max) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int limit = Math.max(1, max - 1);
        int cut = t.lastIndexOf(' ', limit);
        if (cut < limit / 2) {
            cut = limit;
        }
        String head = t.substring(0, cut).strip();
        // a cut right after "Attention:" or "Models," reads better without the mark
        while (!head.isEmpty() && ",;:-\u2013\u2014(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + "\u2026";
    }

    /** The tab's tooltip: the full title in bold over the file's path (HTML). */
    static String tooltip(String title, String path) {
        return "<html><b>" + escape(title) + "</b><br>" + escape(path) + "</html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
