package dev.gloss.threads;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was damaged on its way into Gloss: pasted from a web page, an old archive or
 * a PDF. The caller offers the result and never applies it silently: {@link #check(String)} says
 * what would change.
 *
 * <p>The repairs, in order:
 * <ol>
 * <li>{@link Change#ENCODING}: UTF-8 that was read as Windows-1252, Windows-1253 (Greek) or
 *     Latin-1 ("mojibake": {@code ðŸ”¬} or {@code πŸ"¬} for 🔬, {@code cafÃ©} for café), also
 *     when it happened twice. Each character is mapped back to its byte in any of the three code
 *     pages (an archive may mix them), and only a byte sequence that is valid UTF-8 and decodes to
 *     a plausible character is replaced: a two-byte sequence must give a letter or sign of Latin,
 *     Greek, Cyrillic, Hebrew or Arabic, or a character of the code pages themselves (the inner
 *     layer of a doubled mojibake), so the German {@code ß“} stays, a four-byte one an
 *     assigned character past the BMP (emoji). A curly quote that was later straightened is
 *     taken for the closing quote it most likely was (byte 0x94, 0x92), the opening one second.</li>
 * <li>{@link Change#LIGATURES}: the ligatures PDFs use (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) written out.</li>
 * <li>{@link Change#HYPHENATION}: a word hyphenated at a line end joined ({@code exam-\nple}
 *     becomes {@code example}); the hyphen stays when the same hyphenated word occurs elsewhere in
 *     the text on one line ({@code well-known}), or the next line starts with a capital.</li>
 * <li>{@link Change#SPACES}: non-breaking and other fixed-width spaces become plain spaces; zero-width
 *     spaces, word joiners, byte-order marks and soft hyphens are removed. The zero-width joiner
 *     and non-joiner stay: emoji sequences and some scripts need them.</li>
 * <li>{@link Change#QUOTES}: curly quotes become straight ones ({@code “ ” „ ‟ ″} to {@code "},
 *     {@code ‘ ’ ‚ ‛ ′} to {@code '}).</li>
 * </ol>
 *
 * <pre>{@code
 * TextRepair.Result r = TextRepair.check(pasted);
 * if (r.changed()) { offer(r.text()); }     // e.g. a "Fix text encoding" button
 * }</pre>
 */
public final class TextRepair {

    /** What a repair changed. */
    public enum Change {
        /** UTF-8 read in a Windows or Latin-1 code page. */
        ENCODING,
        /** Typographic ligatures from a PDF. */
        LIGATURES,
        /** Words hyphenated at line ends. */
        HYPHENATION,
        /** Non-breaking, fixed-width and zero-width spaces, soft hyphens. */
        SPACES,
        /** Curly quotes. */
        QUOTES
    }

    /**
     * The repaired text and what changed.
     *
     * @param original the text given
     * @param text     the repaired text (equal to {@code original} when nothing changed)
     * @param changes  what changed, empty when nothing did
     */
    public record Result(String original, String text, Set<Change> changes) {
        public Result {
            changes = Set.copyOf(changes);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** Passes over a doubly (or trebly) encoded text. */
    private static final int MAX_ENCODING_PASSES = 3;
    /** char to its byte in Windows-1252, Windows-1253 or Latin-1 (0x80 to 0xFF only). */
    private static final Map<Character, Integer> BYTE_OF = byteTable();
    private static final Pattern HYPHENATED =
            Pattern.compile("(\\p{L}+)[-\u00AD\u2010][ \\t]*\\r?\\n[ \\t]*(\\p{L}+)");

    private TextRepair() {
    }

    /** What {@link #repair(String)} would do to {@code text}. */
    public static Result check(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, text == null ? "" : text, Set.of());
        }
        Set<Change> changes = EnumSet.noneOf(Change.class);
        String s = text;
        for (int pass = 0; pass < MAX_ENCODING_PASSES; pass++) {
            String fixed = fixEncodingOnce(s);
            if (fixed.equals(s)) {
                break;
            }
            changes.add(Change.ENCODING);
            s = fixed;
        }
        s = step(s, ligatures(s), Change.LIGATURES, changes);
        s = step(s, joinHyphenation(s), Change.HYPHENATION, changes);
        s = step(s, spaces(s), Change.SPACES, changes);
        s = step(s, quotes(s), Change.QUOTES, changes);
        return new Result(text, s, changes);
    }

    /** {@code text} with every repair applied. */
    public static String repair(String text) {
        return check(text).text();
    }

    private static String step(String before, String after, Change change, Set<Change> changes) {
        if (!after.equals(before)) {
            changes.add(change);
        }
        return after;
    }

    // ---- encoding --------------------------------------------------------------------------------

    private static Map<Character, Integer> byteTable() {
        Map<Character, Integer> map = new HashMap<>();
        // Latin-1 last: its C1 controls only stand in for the bytes Windows-1252 leaves undefined.
        for (String name : new String[] {"windows-1252", "windows-1253", "ISO-8859-1"}) {
            Charset cs = Charset.forName(name);
            for (int b = 0x80; b <= 0xFF; b++) {
                String c = new String(new byte[] {(byte) b}, cs);
                if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                    map.putIfAbsent(c.charAt(0), b);
                }
            }
        }
        return Map.copyOf(map);
    }

    /** The byte {@code c} stands for in a mojibake, or -1 when it is ASCII or in no code page. */
    private static int byteOf(char c) {
        Integer b = BYTE_OF.get(c);
        return b == null ? -1 : b;
    }

    private static String fixEncodingOnce(String s) {
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        int copied = 0;
        while (i < n) {
            int lead = byteOf(s.charAt(i));
            int tail = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (tail > 0 && i + tail < n) {
                String decoded = decodeAt(s, i, lead, tail);
                if (decoded != null) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(s, copied, i).append(decoded);
                    i += tail + 1;
                    copied = i;
                    continue;
                }
            }
            i++;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, n).toString();
    }

    /** The character the bytes at s[i..i+tail] encode, if they are plausible UTF-8; else null. */
    private static String decodeAt(String s, int i, int lead, int tail) {
        int[][] options = new int[tail][];
        for (int k = 1; k <= tail; k++) {
            char c = s.charAt(i + k);
            int b = byteOf(c);
            if (b >= 0x80 && b <= 0xBF) {
                options[k - 1] = new int[] {b};
            } else if (tail >= 2 && c == '"') {
                options[k - 1] = new int[] {0x94, 0x93}; // a straightened ” or “
            } else if (tail >= 2 && c == '\'') {
                options[k - 1] = new int[] {0x92, 0x91}; // a straightened ’ or ‘
            } else {
                return null;
            }
        }
        byte[] bytes = new byte[tail + 1];
        bytes[0] = (byte) lead;
        return firstPlausible(bytes, options, 0, tail);
    }

    private static String firstPlausible(byte[] bytes, int[][] options, int k, int tail) {
        if (k == tail) {
            String d = strictUtf8(bytes);
            return d != null && plausible(d.codePointAt(0), tail) ? d : null;
        }
        for (int b : options[k]) {
            bytes[k + 1] = (byte) b;
            String d = firstPlausible(bytes, options, k + 1, tail);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the characters were meant as they are
        }
    }

    /** Whether a mojibake of {@code tail + 1} bytes would plausibly have been {@code cp}. */
    private static boolean plausible(int cp, int tail) {
        if (tail == 1 && cp >= 0x80 && cp <= 0x9F) {
            return true; // a C1 control is never meant: it stands for an undefined byte of a doubled mojibake
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) {
            return false;
        }
        return switch (tail) {
            case 1 -> (cp >= 0xA0 && cp <= 0x17F) // Latin-1 letters and signs, Latin Extended-A
                    || BYTE_OF.containsKey((char) cp) // a code-page character: the inner layer of a doubled mojibake
                    || (cp >= 0x386 && cp <= 0x3CE) // Greek
                    || (cp >= 0x400 && cp <= 0x45F) // Cyrillic
                    || (cp >= 0x5D0 && cp <= 0x5EA) // Hebrew letters
                    || (cp >= 0x621 && cp <= 0x64A); // Arabic letters
            case 2 -> cp >= 0x800;
            default -> cp >= 0x10000;
        };
    }

    // ---- PDF artefacts ---------------------------------------------------------------------------

    private static String ligatures(String s) {
        if (s.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                case '\uFB05', '\uFB06' -> out.append("st");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String joinHyphenation(String s) {
        Matcher m = HYPHENATED.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        do {
            String before = m.group(1);
            String after = m.group(2);
            boolean keepHyphen = Character.isUpperCase(after.codePointAt(0))
                    || Pattern.compile("(?<!\\p{L})" + Pattern.quote(before + "-" + after) + "(?!\\p{L})",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s).find();
            out.append(s, copied, m.start()).append(before).append(keepHyphen ? "-" : "").append(after);
            copied = m.end();
        } while (m.find());
        return out.append(s, copied, s.length()).toString();
    }

    private static String spaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                        '\u2006', '\u2008', '\u2009', '\u200A', '\u205F' -> " ";
                case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> "";
                default -> null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String quotes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                default -> c;
            };
            if (r != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(r);
            }
        }
        return out == null ? s : out.toString();
    }
}
