package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted paper cannot be indexed without its password; once the reader unlocks it, its
 * pages are indexed with the password for that run only (nothing of it is written).
 */
class EncryptedPaperTest {
    @TempDir
    Path tmp;

    @Test
    void anEncryptedPaperIsIndexedOnceUnlocked() throws Exception {
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        Path plain = TestLibrary.pdf(tmp.resolve("in/plain.pdf"),
                "Bootstrapping homomorphic ciphertexts refreshes their noise budget.");
        Path locked = tmp.resolve("in/locked.pdf");
        try (PDDocument d = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner pw", "open sesame", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(locked.toFile());
        }
        Paper paper = TestLibrary.addPaper(ws, locked, "Bootstrapping", List.of("A. Author"), 2020, List.of());

        try (SearchIndex index = SearchIndex.open(ws)) {
            IndexStats first = index.initialSync().await(60, TimeUnit.SECONDS);
            assertEquals(1, first.failures().size(), first.toString());
            assertEquals(PdfException.Reason.PASSWORD_REQUIRED, first.failures().get(0).reason().reason());
            assertTrue(index.search("homomorphic", 10).stream().noneMatch(h -> h.kind().equals("page")));

            char[] pw = "open sesame".toCharArray();
            IndexStats unlocked = index.unlock(paper.id(), pw).await(60, TimeUnit.SECONDS);
            index.awaitIdle();
            assertTrue(unlocked.failures().isEmpty(), unlocked.toString());
            List<SearchHit> hits = index.search("homomorphic", 10).stream().filter(h -> h.kind().equals("page")).toList();
            assertEquals(1, hits.size(), hits.toString());
            assertEquals(paper.id(), hits.get(0).paperId());
        }
        // the password is nowhere on disk: not in the workspace, not in the index
        try (var files = Files.walk(tmp.resolve("ws"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("open sesame"), f.toString());
            }
        }
    }
}
