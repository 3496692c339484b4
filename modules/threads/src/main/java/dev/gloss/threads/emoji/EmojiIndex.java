package dev.gloss.threads.emoji;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every emoji Gloss draws, read once from the index shipped beside the sprite sheet
 * ({@code emoji.tsv}, made by {@code scripts/emoji/regenerate.sh} from emoji-datasource-twitter;
 * images: Twemoji, CC-BY 4.0; see {@code LICENSE.txt} beside them).
 *
 * <pre>{@code
 * EmojiIndex index = EmojiIndex.get();
 * index.byShortName("microscope");          // 🔬
 * index.search("thumb", 8);                 // 👍 👎 ...
 * }</pre>
 */
public final class EmojiIndex {

    /** The sprite sheet, a resource of this package: each emoji {@link #SIZE} px in a cell of {@link #CELL} px. */
    public static final String SHEET = "sheet-32.png";
    /** Pixels of one emoji image in the sheet. */
    public static final int SIZE = 32;
    /** Pixels of one cell: the image in a one-pixel transparent frame. */
    public static final int CELL = SIZE + 2;

    private static final char VS16 = '\uFE0F';

    private final List<Emoji> all;
    /** By sequence without VS16, so text with or without the selector finds its emoji. */
    private final Map<String, Emoji> bySequence;
    private final Map<String, Emoji> byShortName;
    private final Map<String, List<Emoji>> variants;
    private final List<String> categories;
    private final int longest;

    private EmojiIndex(List<Emoji> all) {
        this.all = List.copyOf(all);
        Map<String, Emoji> seq = new HashMap<>();
        Map<String, Emoji> names = new HashMap<>();
        Map<String, List<Emoji>> vars = new HashMap<>();
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        int max = 0;
        for (Emoji e : all) {
            String key = key(e.text());
            seq.putIfAbsent(key, e);
            max = Math.max(max, key.length());
            for (String n : e.shortNames()) {
                names.putIfAbsent(n, e);
            }
            if (e.base() != null) {
                vars.computeIfAbsent(e.base(), k -> new ArrayList<>()).add(e);
            }
            if (!e.category().isEmpty()) {
                cats.add(e.category());
            }
        }
        this.bySequence = Map.copyOf(seq);
        this.byShortName = Map.copyOf(names);
        this.variants = Map.copyOf(vars);
        this.categories = List.copyOf(cats);
        this.longest = max;
    }

    private static final class Holder {
        static final EmojiIndex INDEX = load();
    }

    /** The index (read on first use, about 3,800 emoji). */
    public static EmojiIndex get() {
        return Holder.INDEX;
    }

    private static EmojiIndex load() {
        try (InputStream in = EmojiIndex.class.getResourceAsStream("emoji.tsv")) {
            if (in == null) {
                throw new IllegalStateException("emoji.tsv is missing from gloss-threads");
            }
            return new EmojiIndex(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("emoji.tsv of gloss-threads cannot be read", e);
        }
    }

    static List<Emoji> parse(BufferedReader r) throws IOException {
        List<Emoji> out = new ArrayList<>(4000);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String text = codePoints(f[0]);
            String base = f[6].isEmpty() ? null : codePoints(f[6]);
            List<String> names = f[4].isEmpty() ? List.of() : List.of(f[4].split(","));
            Emoji e = new Emoji(text, Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], names, f[5], base);
            out.add(e);
        }
        return out;
    }

    private static String codePoints(String hex) {
        StringBuilder sb = new StringBuilder();
        for (String h : hex.split("-")) {
            sb.appendCodePoint(Integer.parseInt(h, 16));
        }
        return sb.toString();
    }

    /** {@code s} without variation selector 16: the key emoji are found by. */
    static String key(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != VS16) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The emoji whose sequence is {@code text} exactly, with or without its variation selectors. */
    public Optional<Emoji> lookup(CharSequence text) {
        return Optional.ofNullable(bySequence.get(key(text)));
    }

    Emoji lookupKey(String key) {
        return bySequence.get(key);
    }

    /** UTF-16 length of the longest sequence without selectors. */
    int longest() {
        return longest;
    }

    /** Every emoji in the picker's order, skin-tone variants right after their base. */
    public List<Emoji> all() {
        return all;
    }

    /** The picker's groups, in order ("Smileys & Emotion", ..., "Flags"). */
    public List<String> categories() {
        return categories;
    }

    /** The emoji of one group, without skin-tone variants and components. */
    public List<Emoji> inCategory(String category) {
        return all.stream().filter(e -> e.category().equals(category)).toList();
    }

    /** The skin-tone variants of {@code base}, empty if it has none. */
    public List<Emoji> skinTones(Emoji base) {
        return variants.getOrDefault(base.text(), List.of());
    }

    /** The emoji named {@code :name:} (without the colons). */
    public Optional<Emoji> byShortName(String name) {
        return Optional.ofNullable(byShortName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Emoji for a search: short names equal to the query first, then short names that start with
     * it, then short names with a part ({@code _}-separated) that starts with it, then names with a
     * word that starts with it; every word of a query of several words must match. Skin-tone
     * variants are left out (the picker offers them for their base).
     */
    public List<Emoji> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT).replace(':', ' ').strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split("[\\s_]+");
        List<List<Emoji>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Emoji e : all) {
            if (e.isSkinToneVariant() || e.shortNames().isEmpty()) {
                continue;
            }
            int rank = rank(e, q, words);
            if (rank >= 0) {
                ranks.get(rank).add(e);
            }
        }
        List<Emoji> out = new ArrayList<>();
        for (List<Emoji> r : ranks) {
            for (Emoji e : r) {
                if (out.size() >= limit) {
                    return Collections.unmodifiableList(out);
                }
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static int rank(Emoji e, String q, String[] words) {
        int best = -1;
        for (String n : e.shortNames()) {
            if (n.equals(q) || n.equals(q.replace(' ', '_'))) {
                return 0;
            }
            if (n.startsWith(q) || n.startsWith(q.replace(' ', '_'))) {
                best = 1;
            } else if (best < 0 && allWordsStart(n.split("[_\\-]"), words)) {
                best = 2;
            }
        }
        if (best < 0 && allWordsStart(e.name().split("[\\s:,\\-]+"), words)) {
            best = 3;
        }
        return best;
    }

    private static boolean allWordsStart(String[] parts, String[] words) {
        for (String w : words) {
            boolean found = false;
            for (String p : parts) {
                if (p.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
