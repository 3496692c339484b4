package dev.gloss.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacetsTest {

    /** The text a facet covers, cut from the UTF-8 bytes as a Bluesky client does. */
    private static String slice(String text, Facet f) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new String(Arrays.copyOfRange(b, f.byteStart(), f.byteEnd()), StandardCharsets.UTF_8);
    }

    private static Facet only(String text) {
        List<Facet> fs = Facets.detect(text);
        assertEquals(1, fs.size(), () -> "facets of " + text + ": " + fs);
        return fs.get(0);
    }

    @Test
    void linkAfterEmojiHasUtf8ByteOffsets() {
        String text = "😀 see https://example.com/x.";
        Facet f = only(text);
        assertEquals(Facet.Kind.LINK, f.kind());
        assertEquals("https://example.com/x", f.value());
        // 😀 is 4 bytes, then " see " is 5: the link starts at byte 9, not at UTF-16 index 8
        assertEquals(9, f.byteStart());
        assertEquals(9 + "https://example.com/x".length(), f.byteEnd());
        assertEquals("https://example.com/x", slice(text, f));
    }

    @Test
    void familyEmojiAndAccentsBeforeMentionAndTag() {
        String text = "👨‍👩‍👧‍👦 café @alice.bsky.social #ResearchMonday!";
        List<Facet> fs = Facets.detect(text);
        assertEquals(2, fs.size(), fs::toString);
        assertEquals(Facet.Kind.MENTION, fs.get(0).kind());
        assertEquals("alice.bsky.social", fs.get(0).value());
        assertEquals("@alice.bsky.social", slice(text, fs.get(0)));
        assertEquals(25 + 1 + 5 + 1, fs.get(0).byteStart()); // family 25 bytes, "café" 5 bytes
        assertEquals(Facet.Kind.TAG, fs.get(1).kind());
        assertEquals("ResearchMonday", fs.get(1).value());
        assertEquals("#ResearchMonday", slice(text, fs.get(1)));
    }

    @Test
    void bareDomainGetsHttpsLikeTheBlueskyApp() {
        String text = "Paper: arxiv.org/abs/2401.00001, read it";
        Facet f = only(text);
        assertEquals("https://arxiv.org/abs/2401.00001", f.value());
        assertEquals("arxiv.org/abs/2401.00001", slice(text, f));
    }

    @Test
    void notLinksNorMentions() {
        assertEquals(List.of(), Facets.detect("mail bob@example.com, e.g. this, Fig.1 and v2.0"));
        assertEquals(List.of(), Facets.detect("@notahandle and @someone hi"));
        assertEquals(List.of(), Facets.detect("a#b, #123 and #️⃣ and # alone"));
        assertEquals(List.of(), Facets.detect("EXAMPLE.COM in capitals is not linked by the app"));
        assertEquals(List.of(), Facets.detect(""));
    }

    @Test
    void handlesEndingInTestAreMentions() {
        Facet f = only("hi @bob.test.");
        assertEquals("bob.test", f.value());
    }

    @Test
    void parenthesesAndTrailingPunctuation() {
        String text = "(see https://example.com/a) and https://en.wikipedia.org/wiki/Foo_(bar)";
        List<Facet> fs = Facets.detect(text);
        assertEquals(2, fs.size());
        assertEquals("https://example.com/a", fs.get(0).value());
        assertEquals("https://example.com/a", slice(text, fs.get(0)));
        assertEquals("https://en.wikipedia.org/wiki/Foo_(bar)", fs.get(1).value());
    }

    @Test
    void fullwidthHashAndCjkTag() {
        String text = "日本語 ＃タグ。";
        Facet f = only(text);
        assertEquals("タグ", f.value());
        assertEquals("＃タグ", slice(text, f));
        assertEquals(10, f.byteStart());
    }

    @Test
    void sortedAndNonOverlapping() {
        String text = "#one https://a.example.com/p @carol.bsky.social #two http://b.org";
        List<Facet> fs = Facets.detect(text);
        assertEquals(5, fs.size(), fs::toString);
        for (int i = 1; i < fs.size(); i++) {
            assertTrue(fs.get(i).byteStart() >= fs.get(i - 1).byteEnd());
        }
        assertEquals(List.of(Facet.Kind.TAG, Facet.Kind.LINK, Facet.Kind.MENTION, Facet.Kind.TAG, Facet.Kind.LINK),
                fs.stream().map(Facet::kind).toList());
    }

    @Test
    void tagLongerThan64IsIgnored() {
        assertEquals(List.of(), Facets.detect("#" + "a".repeat(65)));
        assertEquals("a".repeat(64), only("#" + "a".repeat(64)).value());
    }
}
