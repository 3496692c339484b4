package dev.gloss.threads;

import com.ibm.icu.lang.UScript;
import dev.gloss.workspace.PostThread;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a thread is written in, as a BCP-47 tag for Bluesky's {@code langs} and
 * Mastodon's {@code language}: the thread's own setting, else detected from its text. Detection
 * is small on purpose: the writing system (ICU's script of each letter) names the language when
 * only one uses it (Japanese kana, Hangul, Greek, Thai, ...); Latin and Cyrillic text is told
 * apart by its most common short words. When nothing stands out it says nothing, and the post
 * goes out without a language rather than with a wrong one.
 */
public final class Languages {
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** Frequent words that are rare in the other languages listed (no URLs, names or hashtags count). */
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "a", "an", "and", "of", "to", "is", "in", "that", "it", "for", "with", "this", "are", "on", "what",
                    "how", "we", "you", "does", "do", "not", "by", "from", "or", "but", "can", "has", "have", "was", "which"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "den", "wir", "auch", "wie", "zu"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "pas", "qui", "sur", "du", "nous", "avec"),
            "es", Set.of("el", "los", "las", "y", "que", "es", "una", "por", "para", "con", "del", "se", "como", "pero", "más", "este"),
            "it", Set.of("il", "che", "di", "è", "una", "per", "non", "sono", "gli", "della", "con", "come", "anche", "questo", "nel"),
            "pt", Set.of("o", "os", "que", "não", "uma", "para", "com", "do", "da", "em", "são", "como", "mais", "isso", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "voor", "met", "zijn", "ook", "wat", "wij"),
            "ru", Set.of("и", "в", "не", "на", "что", "это", "как", "с", "мы", "по", "но", "для", "из", "он", "так"),
            "uk", Set.of("і", "в", "не", "на", "що", "це", "як", "з", "ми", "та", "але", "для", "із", "від", "також"));
    private static final Map<Integer, String> SCRIPTS = Map.ofEntries(
            Map.entry(UScript.HIRAGANA, "ja"), Map.entry(UScript.KATAKANA, "ja"), Map.entry(UScript.HANGUL, "ko"),
            Map.entry(UScript.GREEK, "el"), Map.entry(UScript.THAI, "th"), Map.entry(UScript.HEBREW, "he"),
            Map.entry(UScript.ARABIC, "ar"), Map.entry(UScript.DEVANAGARI, "hi"), Map.entry(UScript.GEORGIAN, "ka"),
            Map.entry(UScript.ARMENIAN, "hy"), Map.entry(UScript.BENGALI, "bn"), Map.entry(UScript.TAMIL, "ta"));

    private Languages() {
    }

    /** The thread's language: its own setting when valid, else detected from all its posts. */
    public static Optional<String> of(PostThread thread) {
        if (thread.language() != null && !thread.language().isBlank()) {
            return Optional.of(thread.language().strip());
        }
        StringBuilder all = new StringBuilder();
        thread.posts().forEach(p -> all.append(p.text()).append('\n'));
        return detect(all.toString());
    }

    /** Whether {@code tag} looks like a BCP-47 language tag ({@code en}, {@code pt-BR}). */
    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag.strip()).matches();
    }

    /** The language of {@code text}, or empty when it cannot tell. */
    public static Optional<String> detect(String text) {
        String t = text == null ? "" : text.replaceAll("(?i)https?://\\S+|[#@]\\S+", " ");
        Map<String, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            int script = UScript.getScript(cp);
            String lang = SCRIPTS.get(script);
            if (lang != null) {
                scripts.merge(lang, 1, Integer::sum);
            } else if (script == UScript.HAN) {
                scripts.merge("zh", 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        // kana anywhere makes Han text Japanese
        if (scripts.containsKey("ja") && scripts.containsKey("zh")) {
            scripts.merge("ja", scripts.remove("zh"), Integer::sum);
        }
        Optional<Map.Entry<String, Integer>> byScript = scripts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (byScript.isPresent() && byScript.get().getValue() * 2 > letters) {
            return Optional.of(byScript.get().getKey());
        }
        return byWords(t);
    }

    private static Optional<String> byWords(String text) {
        Map<String, Integer> score = new HashMap<>();
        int words = 0;
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            String w = m.group();
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    score.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        if (ranked.isEmpty() || words < 3) {
            return Optional.empty();
        }
        int best = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // a clear lead, and enough of the text made of such words
        return best >= 2 && best >= 2 * second && best * 10 >= words ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
