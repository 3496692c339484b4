package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the first page shows when the file's metadata says nothing useful: the title is the
 * largest text in its upper part (one to five lines), the authors are the names on the lines
 * right under it.
 */
final class FirstPage {
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?i)(universit|institut|college|school|department|dept\\.|laborator|\\blab\\b|research|center|centre|inc\\.|"
            + "corporation|\\bcorp\\b|ltd|gmbh|academy|hospital|foundation|google|microsoft|facebook|meta ai|amazon|ibm|@|http|www\\.|"
            + "\\.edu|\\.com|\\.org|abstract|proceedings|conference|journal|volume|pages|\\d{3,})");

    private FirstPage() {
    }

    /** The title lines: the largest text in the top part of page 1, joined. */
    record TitleBlock(String text, int firstLine, int lastLine, double size) {
    }

    static TitleBlock largestText(PageText page) {
        List<TextLine> lines = page.lines();
        double top = -Double.MAX_VALUE;
        double bottom = Double.MAX_VALUE;
        for (TextLine l : lines) {
            if (l.group() == 0) {
                top = Math.max(top, l.oy());
                bottom = Math.min(bottom, l.oy());
            }
        }
        double maxSize = 0;
        for (TextLine l : lines) {
            if (candidateTitleLine(page, l) && l.oy() >= bottom + 0.35 * (top - bottom)) {
                maxSize = Math.max(maxSize, l.size());
            }
        }
        if (maxSize == 0) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (!candidateTitleLine(page, l) || Math.abs(l.size() - maxSize) > 0.05 * maxSize || l.oy() < bottom + 0.35 * (top - bottom)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(l.text(page.text()).strip());
            int last = i;
            for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
                TextLine n = lines.get(j);
                boolean close = Math.abs(lines.get(last).oy() - n.oy()) < 2.2 * maxSize;
                if (n.group() != 0 || Math.abs(n.size() - maxSize) > 0.05 * maxSize || !close) {
                    break;
                }
                String t = n.text(page.text()).strip();
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    sb.setLength(sb.length() - 1);
                } else {
                    sb.append(' ');
                }
                sb.append(t);
                last = j;
            }
            String title = sb.toString().replaceAll("[*\u2217\u2020\u2021\u00a7\u00b6]+$", "").replaceAll("\\s+", " ").strip();
            return title.length() >= 4 ? new TitleBlock(title, i, last, maxSize) : null;
        }
        return null;
    }

    private static boolean candidateTitleLine(PageText page, TextLine l) {
        if (l.group() != 0) {
            return false;
        }
        String t = l.text(page.text()).strip();
        long letters = t.chars().filter(Character::isLetter).count();
        // a numbered heading ("1 Introduction") or a table of contents is not a title
        return letters >= 4 && !MetadataExtractor.ARXIV_NEW.matcher(t).find() && !t.toLowerCase(Locale.ROOT).startsWith("proceedings")
                && !MetadataExtractor.JUNK_TITLE.matcher(t).matches() && !t.matches("^\\d+(\\.\\d+)*\\.?\\s+\\S.*");
    }

    /** Names on the lines right under the title, up to the abstract or the first affiliation-only line. */
    static List<String> authorsUnderTitle(PageText page, TitleBlock block) {
        List<TextLine> lines = page.lines();
        Set<String> names = new LinkedHashSet<>();
        TextLine titleLine = lines.get(block.lastLine);
        // lines below the title, nearest first, whatever column the layout put them in
        List<TextLine> below = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.group() == 0 && l.oy() < titleLine.oy() - 0.5 * block.size && l.oy() > titleLine.oy() - 12 * block.size) {
                below.add(l);
            }
        }
        below.sort((x, y) -> Double.compare(y.oy(), x.oy()));
        int used = 0;
        for (TextLine l : below) {
            String text = l.text(page.text()).strip();
            if (MetadataExtractor.ABSTRACT.matcher(text).lookingAt() || MetadataExtractor.SECTION.matcher(text).lookingAt() || used >= 8) {
                break;
            }
            used++;
            if (l.size() >= block.size - 0.01) {
                continue;
            }
            for (String chunk : chunks(page, l)) {
                // affiliation marks glued to a name ("Kyle Loα Zejiang Shenα") separate names
                chunk = chunk.replaceAll("(?<=\\p{Ll})[\\p{InGreek}♢♡♠♣♥♦$#+*∗†‡§¶\\d]+", ",");
                for (String candidate : chunk.split(",|;|\\band\\b|&|\u00b7|\u2022")) {
                    String n = candidate.replaceAll("[*\u2217\u2020\u2021\u00a7\u00b6\u2666\u2660\u2663\u2665\\d\\^]+", " ").replaceAll("\\s+", " ").strip();
                    if (looksLikeName(n)) {
                        names.add(n);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** A line split where its words are far apart (author names set in a row). */
    private static List<String> chunks(PageText page, TextLine l) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Rect prev = null;
        for (Word w : page.words()) {
            if (w.start() < l.start() || w.end() > l.end()) {
                continue;
            }
            double gap = prev == null ? 0 : w.box().left() - prev.right();
            if (prev != null && gap > 1.2 * l.size()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(w.text());
            prev = w.box();
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    static boolean looksLikeName(String n) {
        if (n.length() < 4 || n.length() > 60 || AFFILIATION.matcher(n).find()) {
            return false;
        }
        String[] words = n.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalized = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) {
                capitalized++;
            } else if (!w.matches("(?i)van|von|der|de|del|della|da|di|du|le|la|dos|bin|al|y")) {
                return false;
            }
        }
        return capitalized >= 2;
    }
}
