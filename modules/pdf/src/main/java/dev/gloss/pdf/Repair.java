package dev.gloss.pdf;

import dev.gloss.workspace.Reasoned;
import java.util.List;

/**
 * One thing Gloss mended while opening a damaged file, as pdf.js tells of it in a bar above the
 * page: the file shows, but is not whole. Phrased from this module's {@code Reasons.properties}.
 *
 * @param reason what was mended
 * @param args   the values its sentence names
 */
public record Repair(Kind reason, List<Object> args) implements Reasoned {
    /** What was mended. */
    public enum Kind {
        /** [] The cross-reference table or trailer was missing (a truncated file): rebuilt by scanning the file. */
        XREF_REBUILT,
        /** [] The page tree was broken: rebuilt from the pages found. */
        PAGE_TREE_REBUILT,
        /** [count, pages] Pages the file claims but whose objects are lost: shown blank. */
        PAGES_MISSING
    }

    public Repair {
        args = List.copyOf(args);
    }

    /** The pages as a reader says them: "3", "3–5", "3–5, 9". */
    static String pageList(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int from = pages.get(i);
            int to = from;
            while (i + 1 < pages.size() && pages.get(i + 1) == to + 1) {
                to = pages.get(++i);
            }
            i++;
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(from);
            if (to > from) {
                b.append('\u2013').append(to);
            }
        }
        return b.toString();
    }

    /** What opening {@code missing} pages of a file, its table and its tree rebuilt or not, mended. */
    static List<Repair> of(boolean xrefRebuilt, boolean treeRebuilt, List<Integer> missing) {
        java.util.ArrayList<Repair> out = new java.util.ArrayList<>();
        if (xrefRebuilt) {
            out.add(new Repair(Kind.XREF_REBUILT, List.of()));
        }
        if (treeRebuilt && missing.isEmpty()) {
            out.add(new Repair(Kind.PAGE_TREE_REBUILT, List.of()));
        }
        if (!missing.isEmpty()) {
            out.add(new Repair(Kind.PAGES_MISSING, List.of(missing.size(), pageList(missing))));
        }
        return List.copyOf(out);
    }
}
