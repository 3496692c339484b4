package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SplitterTest {

    static final Pattern NUMBERING = Pattern.compile(" (\\d+)/(\\d+)$");

    /** Collapses white space, so the joined posts can be compared with the input. */
    static String words(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Checks every property of a split and returns the posts without their numbering. */
    static List<String> checkSplit(String text, PlatformRules rules, boolean numbering, boolean wordsIntact) {
        List<String> posts = Splitter.split(text, rules, numbering);
        assertEquals(posts, Splitter.split(text, rules, numbering), "deterministic");
        assertFalse(posts.isEmpty());
        for (String p : posts) {
            assertTrue(rules.fits(p), () -> rules.platform() + " post over " + rules.limit() + " ("
                    + rules.count(p) + "): " + p);
            assertFalse(p.isBlank());
            assertEquals(p.strip(), p);
        }
        List<String> bodies = posts;
        if (numbering && posts.size() > 1) {
            bodies = new java.util.ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                Matcher m = NUMBERING.matcher(posts.get(i));
                assertTrue(m.find(), posts.get(i));
                assertEquals(i + 1, Integer.parseInt(m.group(1)));
                assertEquals(posts.size(), Integer.parseInt(m.group(2)));
                bodies.add(posts.get(i).substring(0, m.start()));
            }
        }
        String joined = String.join(" ", bodies);
        assertEquals(noSpace(text), noSpace(joined), "every character kept, in order");
        if (wordsIntact) {
            assertEquals(words(text), words(joined), "words kept, in order");
        }
        return bodies;
    }

    @Test
    void shortTextIsOnePostWithoutNumbering() {
        assertEquals(List.of("Hello world."), Splitter.split("  Hello world.\n", PlatformRules.of(Platform.X), true));
        assertEquals(List.of(), Splitter.split(" \n ", PlatformRules.of(Platform.X), true));
    }

    @Test
    void prefersParagraphsThenSentences() {
        String p1 = "The first paragraph is long enough to end a post on its own.";
        String p2 = "Second paragraph. " + "It has several sentences of some length here. ".repeat(4).strip();
        String text = p1 + "\n\n" + p2;
        PlatformRules rules = PlatformRules.of(Platform.X).withLimit(120);
        List<String> posts = checkSplit(text, rules, false, true);
        assertEquals(p1, posts.get(0), "the first paragraph ends the first post");
        for (String p : posts.subList(1, posts.size())) {
            assertTrue(p.endsWith("."), "cut at a sentence end: " + p);
        }
    }

    @Test
    void aShortHeadingFlowsIntoTheNextParagraph() {
        String text = "1 Introduction\n\n" + "Transformers changed the field of NLP. ".repeat(6).strip();
        List<String> posts = checkSplit(text, PlatformRules.of(Platform.X).withLimit(120), false, true);
        assertTrue(posts.get(0).startsWith("1 Introduction\n\nTransformers"), posts.get(0));
    }

    @Test
    void keepsParagraphBreaksInsideAPost() {
        String text = "One.\n\nTwo.\n\nThree.";
        assertEquals(List.of(text), Splitter.split(text, PlatformRules.of(Platform.BLUESKY), false));
    }

    @Test
    void neverCutsUrlsMentionsTagsOrEmoji() {
        String unit = "See https://example.com/some/path?q=1 by @alice.bsky.social #NLP 👨‍👩‍👧‍👦 and 👍🏽 🇫🇷 now ";
        String text = unit.repeat(30);
        for (Platform p : Platform.values()) {
            PlatformRules rules = PlatformRules.of(p).withLimit(Math.min(p.defaultLimit(), 90));
            List<String> posts = checkSplit(text, rules, true, true);
            for (String post : posts) {
                for (String w : post.split("\\s+")) {
                    assertTrue(unit.contains(w + " ") || unit.startsWith(w), "a whole word: " + w);
                }
            }
        }
    }

    @Test
    void numberingWidthIsCountedAcrossTheDigitBoundary() {
        // Limit 252: unnumbered, 50 words of "abcd" (249 characters) fit a post, so 450 words make 9
        // posts; numbered, " n/9" leaves room for 49 words only, hence 10 posts, hence " n/10".
        String text = "abcd ".repeat(450).strip();
        PlatformRules rules = PlatformRules.of(Platform.BLUESKY).withLimit(252);
        assertEquals(9, Splitter.split(text, rules, false).size());
        List<String> numbered = Splitter.split(text, rules, true);
        assertEquals(10, numbered.size());
        assertTrue(numbered.get(0).endsWith(" abcd 1/10"), numbered.get(0));
        assertTrue(numbered.get(9).endsWith(" abcd 10/10"), numbered.get(9));
        checkSplit(text, rules, true, true);
    }

    @Test
    void giantUrlIsHardCutAsALastResort() {
        String url = "https://example.com/" + "a".repeat(700);
        String text = "Before " + url + " after.";
        PlatformRules rules = PlatformRules.of(Platform.BLUESKY);
        List<String> posts = checkSplit(text, rules, true, false);
        assertEquals(3, posts.size());
        assertTrue(posts.get(0).startsWith("Before https://example.com/aaa"), posts.get(0));
        assertTrue(posts.get(2).endsWith("aaa after."), posts.get(2));
        assertEquals(text, String.join("", posts).replace("Beforehttps", "Before https")
                .replace("after.", " after.").replace("  after.", " after."));
    }

    @Test
    void cjkIsCutBetweenCharacters() {
        String text = "自然言語処理の研究は急速に進んでいる。".repeat(40);
        PlatformRules rules = PlatformRules.of(Platform.X);
        List<String> posts = checkSplit(text, rules, true, false);
        assertTrue(posts.size() > 1);
        for (String p : posts) {
            assertTrue(p.endsWith("。"), "cut at a sentence end: " + p);
        }
    }

    @Test
    void severalPlatformsAtOnce() {
        String text = "Emoji 😀 and a link https://example.com/some/long/path/to/a/page here. ".repeat(20);
        List<PlatformRules> both = List.of(PlatformRules.of(Platform.X), PlatformRules.of(Platform.THREADS).withLimit(150));
        List<String> posts = Splitter.split(text, both, true);
        for (String p : posts) {
            assertTrue(both.get(0).fits(p) && both.get(1).fits(p), p);
        }
        assertEquals(words(text), words(String.join(" ", posts).replaceAll(" \\d+/\\d+( |$)", " ")));
        assertThrows(ThreadsException.class, () -> Splitter.split(text, List.of(), false));
    }

    @Test
    void tooSmallLimitIsAClearError() {
        ThreadsException e = assertThrows(ThreadsException.class,
                () -> Splitter.split("😀😀😀", PlatformRules.of(Platform.THREADS).withLimit(3), false));
        assertEquals(ThreadsException.Reason.LIMIT_TOO_SMALL, e.reason());
        assertEquals(List.of(3, "Threads", "😀", false), e.args());
    }

    @Test
    void generatedTextProperties() {
        java.util.Random random = new java.util.Random(42);
        String[] vocabulary = {"the", "model", "attention", "state-of-the-art", "https://arxiv.org/abs/2401.00001",
            "@bob.bsky.social", "@carol@fosstodon.org", "#NLP", "😀", "👨‍👩‍👧‍👦", "naïve", "e\u0301t\u00e9", "日本語",
            "results.", "(see", "Fig.", "3).", "e.g.", "i.e.,", "data;"};
        for (int round = 0; round < 40; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(250);
            for (int i = 0; i < words; i++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]);
                int gap = random.nextInt(20);
                sb.append(gap == 0 ? "\n\n" : gap == 1 ? "\n" : gap == 2 ? ". " : " ");
            }
            Platform p = Platform.values()[round % Platform.values().length];
            PlatformRules rules = PlatformRules.of(p).withLimit(60 + random.nextInt(300));
            checkSplit(sb.toString(), rules, round % 2 == 0, true);
        }
    }

    @Test
    void aSentenceLongerThanAPostIsCutAtClausesBeforeWords() {
        String clause = "the attention weights are computed for every pair of tokens in the sequence";
        String text = "We find three things: " + clause + "; " + clause + " \u2014 " + clause + ", and " + clause
                + ", which matters for long documents.";
        PlatformRules rules = PlatformRules.of(Platform.BLUESKY);
        assertTrue(Graphemes.count(text) > 300);
        List<String> posts = checkSplit(text, rules, false, true);
        assertTrue(posts.size() >= 2, posts.toString());
        for (String p : posts.subList(0, posts.size() - 1)) {
            assertTrue(p.endsWith(";") || p.endsWith(":") || p.endsWith("\u2014") || p.endsWith(","),
                    "cut after a clause or a comma, not between words: " + p);
        }
        // clause marks win over commas: the first post ends at the semicolon or the dash, not a comma
        assertTrue(posts.get(0).endsWith(";") || posts.get(0).endsWith("\u2014"), posts.get(0));
    }

    @Test
    void commasInNumbersAndUrlsAreNoClauses() {
        String text = ("We counted 1,000,000 tokens at https://example.com/a,b;c:d and more words follow here ").repeat(6).strip();
        for (String p : checkSplit(text, PlatformRules.of(Platform.X), false, true)) {
            assertFalse(p.matches(".*\\d,$"), p);
            assertFalse(p.endsWith("a,") || p.endsWith("b;") || p.endsWith("c:"), "a URL is never cut: " + p);
        }
    }
}
