package dev.gloss.library.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.library.PaperImporterTest;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void newWorkspaceHasTheDemoPaperHighlightAndThread() throws Exception {
        Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
        assertEquals(List.of(), ws.problems());

        assertEquals(1, ws.papers().size());
        Paper paper = ws.papers().get(0);
        assertEquals(DemoPaper.TITLE, paper.title());
        assertEquals(DemoPaper.AUTHORS, paper.authors());
        assertTrue(paper.arxivId().startsWith(DemoPaper.ARXIV_ID));
        assertEquals(DemoPaper.FILE_NAME, paper.file());
        assertTrue(Files.isRegularFile(ws.paperFile(paper)));
        // the id is content-derived and the demo is deterministic: the same everywhere
        assertEquals(paper.id(), PaperImporterTest.paperIdOf(DemoPaper.bytes()));

        assertEquals(1, ws.annotations().size());
        Annotation h = ws.annotations().get(0);
        assertEquals(AnnotationType.HIGHLIGHT, h.type());
        assertEquals("yellow", h.color());
        assertEquals(1, h.page());
        assertEquals(DemoPaperTest.squash(DemoPaper.KEY_SENTENCE), DemoPaperTest.squash(h.exact()));
        assertTrue(h.quads().size() >= 3, "one quad per line: " + h.quads());
        assertEquals(32, h.quote().prefix().length());
        assertTrue(h.quads().stream().allMatch(q -> q.minY() > 300 && q.maxY() < 792 && q.minX() >= 54));

        assertEquals(1, ws.threads().size());
        PostThread t = ws.threads().get(0);
        assertEquals(List.of("bluesky", "mastodon"), t.platforms());
        assertEquals(paper.id(), t.paperId());
        assertTrue(t.title().startsWith("#ResearchMonday: "));
        assertTrue(t.posts().size() >= 3 && t.posts().size() <= 4);
        Post opener = t.posts().get(0);
        assertTrue(opener.text().startsWith("#ResearchMonday"));
        assertTrue(opener.text().contains("https://arxiv.org/abs/" + DemoPaper.ARXIV_ID));
        assertTrue(opener.text().contains("Mara Lindqvist"));
        Post quote = t.posts().get(1);
        assertEquals(List.of(h.id()), quote.sources());
        assertTrue(quote.text().contains("p. 1"));
        assertTrue(quote.text().contains(DemoPaperTest.squash(h.exact())));
        for (Post p : t.posts()) {
            // Bluesky's limit is 300 graphemes; none of these posts has a multi-code-point grapheme
            assertTrue(p.text().codePointCount(0, p.text().length()) <= 300, p.text());
            assertFalse(p.text().isBlank());
        }
    }

    @Test
    void anExistingWorkspaceIsNotFilledAgain() {
        Workspace.openOrCreate(dir.resolve("ws"));
        Workspace again = Workspace.openOrCreate(dir.resolve("ws"));
        assertEquals(1, again.papers().size());
        assertEquals(1, again.threads().size());
    }
}
