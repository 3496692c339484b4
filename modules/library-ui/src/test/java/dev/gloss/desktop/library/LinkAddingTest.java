package dev.gloss.desktop.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.net.Cancel;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.Pacing;
import dev.gloss.net.Retry;
import dev.gloss.sources.Details;
import dev.gloss.sources.Identifiers;
import dev.gloss.sources.PaperFromLink;
import dev.gloss.sources.PaperPdfs;
import dev.gloss.sources.ScholarlyServer;
import dev.gloss.sources.Sources;
import dev.gloss.workspace.Workspace;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work under Add Paper from Link, a paste and a drop: against the local arXiv, without a window. */
class LinkAddingTest {
    @TempDir
    Path dir;

    private ScholarlyServer server;
    private Workspace ws;
    private PaperFromLink adder;

    @BeforeEach
    void start() {
        server = ScholarlyServer.start();
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        ws = Workspace.open(dir.resolve("ws"));
        adder = new PaperFromLink(ws, new Sources(server.settings(Duration.ZERO, null),
                HttpTransport.builder().pacing(new Pacing(Clock.systemUTC())).build(), Retry.standard()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachLinkIsAddedOrHasItsSentenceAndTheProgressMovesOn() {
        List<String> steps = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        LinkAdding.Outcome o = LinkAdding.run(adder, Identifiers.parseAll("""
                https://arxiv.org/abs/1706.03762
                not-a-link
                arXiv:2399.99999
                """), (message, unit) -> {
                    steps.add(message);
                    units.add(unit);
                }, new Cancel());
        assertEquals(1, o.added().size());
        assertEquals("Attention Is All You Need", o.added().get(0).paper().title());
        assertEquals(List.of("\u201Cnot-a-link\u201D is not an arXiv id, a DOI or a web address.".replace("\u201C", "\"").replace("\u201D", "\""),
                "arXiv has no paper 2399.99999."), o.failures());
        assertFalse(o.cancelled());
        assertEquals("Looking up arXiv:1706.03762", steps.get(0));
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("Downloading arXiv:1706.03762: ") && s.endsWith(" KB")), steps.toString());
        assertTrue(steps.contains("Adding arXiv:1706.03762 to the library"));
        for (int i = 1; i < units.size(); i++) {
            assertTrue(units.get(i) >= units.get(i - 1), "the bar never goes back: " + units);
        }
        assertEquals(1, ws.papers().size());
    }

    @Test
    void aCancelStopsBeforeTheNextLink() {
        Cancel cancel = new Cancel();
        cancel.cancel();
        LinkAdding.Outcome o = LinkAdding.run(adder, Identifiers.parseAll("1706.03762"), (m, u) -> { }, cancel);
        assertTrue(o.cancelled());
        assertEquals(List.of(), o.added());
        assertEquals(List.of(), o.failures(), "a cancel is no failure");
        assertEquals(List.of(), ws.papers());
    }

    @Test
    void aDropOrAPasteOfLinksIsReadAsLinksAndOtherTextIsNot() {
        assertEquals("https://arxiv.org/abs/1706.03762", FileDrop.links(new StringSelection("https://arxiv.org/abs/1706.03762\n")));
        assertEquals("10.1000/xyz\nhttps://arxiv.org/abs/2311.12786", FileDrop.links(new StringSelection("10.1000/xyz\nhttps://arxiv.org/abs/2311.12786")));
        assertNull(FileDrop.links(new StringSelection("a sentence copied from a paper")));
    }

    @Test
    void theDetailsDialogTakesOnlyTheCheckedChanges() {
        PaperUpdates.DiffModel m = new PaperUpdates.DiffModel(List.of(new Details.Change("title", "Attention is all you need 1",
                "Attention Is All You Need"), new Details.Change("year", null, "2017")), "arXiv");
        assertEquals("arXiv says", m.getColumnName(3));
        assertEquals("Title", m.getValueAt(0, 1));
        assertEquals(Set.of("title", "year"), m.checked(), "all checked at first");
        m.setValueAt(false, 1, 0);
        assertEquals(Set.of("title"), m.checked());
    }
}
