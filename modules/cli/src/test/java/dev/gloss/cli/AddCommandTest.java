package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.sources.PaperPdfs;
import dev.gloss.sources.ScholarlyServer;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss add}, {@code papers --check-updates} and {@code papers --bibtex} against the local
 * arXiv, doi.org, Unpaywall and PDF hosts (the workspace's settings point there).
 */
class AddCommandTest {
    @TempDir
    Path dir;

    private ScholarlyServer server;
    private String ws;

    @BeforeEach
    void workspace() {
        server = ScholarlyServer.start();
        Path folder = dir.resolve("ws");
        Workspace w = Workspace.open(folder);
        w.saveSettings(server.settingsInto(w.settings()));
        ws = folder.toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode json(CliRun r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void anArxivIdADoiAndAPdfUrlGiveThePapersWithTheirSourcesDetails() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        server.file("/nature/articles/nature12373.pdf", "application/pdf", PaperPdfs.paper(null,
                List.of("Nanometre-scale thermometry in a living cell"), null));
        server.pdf("cond-mat/0102536v1", PaperPdfs.paper("cusp.dvi", List.of("Impact of electron-electron cusp", "arXiv:cond-mat/0102536v1"), null));
        server.file("/files/cusp.pdf", "application/pdf", PaperPdfs.paper("cusp.dvi",
                List.of("Impact of electron-electron cusp on configuration interaction energies", "arXiv:cond-mat/0102536v1"), null));
        CliRun r = CliRun.of("--workspace", ws, "add", "https://arxiv.org/abs/1706.03762", "https://doi.org/10.1038/nature12373",
                server.base() + "files/cusp.pdf", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = json(r);
        assertEquals(3, rows.size());

        JsonNode arxiv = rows.get(0);
        assertEquals("https://arxiv.org/abs/1706.03762", arxiv.get("input").asText());
        assertEquals("Attention Is All You Need", arxiv.get("title").asText());
        assertEquals(8, arxiv.get("authors").size());
        assertTrue(arxiv.get("abstract").asText().startsWith("The dominant sequence transduction models"));
        assertEquals("2017-06-12", arxiv.get("published").asText());
        assertEquals("2023-08-02", arxiv.get("updated").asText());
        assertEquals(7, arxiv.get("version").asInt());
        assertEquals("https://arxiv.org/abs/1706.03762", arxiv.get("link").asText());
        assertEquals("arxiv", arxiv.get("source").asText());

        JsonNode doi = rows.get(1);
        assertEquals("Nanometre-scale thermometry in a living cell", doi.get("title").asText());
        assertEquals("G. Kucsko", doi.get("authors").get(0).asText());
        assertTrue(doi.get("abstract").asText().startsWith("Sensitive probing of temperature variations"), doi.toString());
        assertEquals("2013-07-31", doi.get("published").asText());
        assertEquals("crossref", doi.get("source").asText());
        assertEquals("unpaywall", doi.get("pdfFrom").asText());

        JsonNode url = rows.get(2);
        assertEquals("Impact of Electron-Electron Cusp on Configuration Interaction Energies", url.get("title").asText(),
                "the PDF names its arXiv id; arXiv gives the details");
        assertEquals("David Prendergast", url.get("authors").get(0).asText());
        assertTrue(url.get("abstract").asText().startsWith("The effect of the electron-electron cusp"));
        assertEquals("2001-02-28", url.get("published").asText());
        assertEquals("link", url.get("pdfFrom").asText());

        CliRun papers = CliRun.of("--workspace", ws, "papers", "--json");
        assertEquals(3, json(papers).size());
        CliRun text = CliRun.of("--workspace", ws, "add", "arXiv:1706.03762v7");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Attention Is All You Need  (arXiv 1706.03762v7, already in the library)"), text.out());
    }

    @Test
    void theSamePdfByFileAndByLinkIsOnePaper() throws Exception {
        byte[] pdf = PaperPdfs.paper("untitled", List.of("A paper whose id the text does not give"), null);
        Path file = Files.write(dir.resolve("downloaded.pdf"), pdf);
        server.file("/files/same.pdf", "application/pdf", pdf);
        CliRun imported = CliRun.of("--workspace", ws, "import", file.toString(), "--json");
        assertEquals(0, imported.code(), imported.err());
        String id = json(imported).get(0).get("id").asText();
        CliRun added = CliRun.of("--workspace", ws, "add", server.base() + "files/same.pdf", "--json");
        assertEquals(0, added.code(), added.err());
        assertEquals(id, json(added).get(0).get("id").asText());
        assertTrue(json(added).get(0).get("alreadyPresent").asBoolean());
        assertEquals(1, json(CliRun.of("--workspace", ws, "papers", "--json")).size());
    }

    @Test
    void aDroppedConnectionLeavesNothingBehindAndSaysSoInOneLine() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7)).drop("/arxiv/pdf/", 10);
        CliRun r = CliRun.of("--workspace", ws, "add", "1706.03762");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().matches("gloss: 1706\\.03762: Could not reach arXiv: the connection closed after \\d+ bytes, "
                + "before the whole file arrived\\.\\n"), r.err());
        assertEquals(0, json(CliRun.of("--workspace", ws, "papers", "--json")).size());
        Path papers = Path.of(ws, "papers");
        assertTrue(!Files.exists(papers) || empty(papers), "no paper folder");
        Path tmp = Path.of(ws, ".gloss", "tmp");
        assertTrue(!Files.exists(tmp) || empty(tmp), "no partial download");
    }

    @Test
    void offlineAndUnknownAndNotAnIdAreOneSentenceEachAndTheOthersGoOn() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        CliRun r = CliRun.of("--workspace", ws, "add", "2399.99999", "hello", "1706.03762", "10.9999/nope");
        assertEquals(2, r.code());
        assertEquals(List.of("gloss: arXiv has no paper 2399.99999.",
                "gloss: \"hello\" is not an arXiv id, a DOI or a web address.",
                "gloss: No paper has the DOI 10.9999/nope: doi.org does not know it."), r.err().lines().toList());
        assertTrue(r.out().contains("Attention Is All You Need"));
        server.close();
        CliRun offline = CliRun.of("--workspace", ws, "add", "https://arxiv.org/abs/2311.12786");
        assertEquals(2, offline.code());
        assertEquals("gloss: https://arxiv.org/abs/2311.12786: Could not reach arXiv: the connection was refused.\n", offline.err());
    }

    @Test
    void checkUpdatesNoticesANewerArxivVersionAndKeepsTheAnswer() throws Exception {
        server.pdf("1706.03762v5", PaperPdfs.attention(5));
        CliRun add = CliRun.of("--workspace", ws, "add", "arXiv:1706.03762v5", "--json");
        assertEquals(0, add.code(), add.err());
        assertEquals(5, json(add).get(0).get("version").asInt());
        CliRun check = CliRun.of("--workspace", ws, "papers", "--check-updates");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Attention Is All You Need  v5 -> v7 (newer on arXiv)"), check.out());
        CliRun json = CliRun.of("--workspace", ws, "papers", "--check-updates", "--json");
        JsonNode row = json(json).get(0);
        assertEquals(5, row.get("version").asInt());
        assertEquals(7, row.get("latest").asInt());
        assertTrue(row.get("newer").asBoolean());
        Paper kept = Workspace.open(Path.of(ws)).papers().get(0);
        assertEquals(7, kept.source().latestVersion());
        assertTrue(kept.source().newerVersion());
    }

    @Test
    void bibtexOfTheLibraryOrOfSomePapers() throws Exception {
        server.pdf("1706.03762v7", PaperPdfs.attention(7));
        server.pdf("cond-mat/0102536v1", PaperPdfs.paper(null, List.of("Cusp"), null));
        CliRun add = CliRun.of("--workspace", ws, "add", "1706.03762", "cond-mat/0102536", "--json");
        assertEquals(0, add.code(), add.err());
        String first = json(add).get(0).get("id").asText();
        CliRun all = CliRun.of("--workspace", ws, "papers", "--bibtex");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("@misc{vaswani2017attention,"), all.out());
        assertTrue(all.out().contains("@misc{prendergast2001impact,"), all.out());
        assertTrue(all.out().contains("  doi = {10.1063/1.1383585},"), all.out());
        CliRun one = CliRun.of("--workspace", ws, "papers", "--bibtex", first.substring(0, 8));
        assertEquals(1, one.out().lines().filter(l -> l.startsWith("@")).count(), one.out());
        assertFalse(one.out().contains("prendergast"));
    }

    private static boolean empty(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.allMatch(p -> Files.isDirectory(p));
        }
    }
}
