package dev.gloss.desktop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running instance's side of a file handed over by {@code ./gloss FILE.pdf} (the launcher's side: LauncherBuildIT). */
class OpenRequestsTest {
    @TempDir
    Path dir;

    /** As the launcher writes a request: aside, then renamed in. */
    private static Path request(Path folder, String name, String... files) throws Exception {
        Path tmp = folder.resolve(name + ".tmp");
        Files.writeString(tmp, String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        return Files.move(tmp, folder.resolve(name + ".paths"), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aRequestIsTakenAndItsFilesOpenedAndTheOwnerNamesThisProcess() throws Exception {
        Path folder = dir.resolve("var/open-requests");
        LinkedBlockingQueue<List<Path>> opened = new LinkedBlockingQueue<>();
        // one written before the instance watched (a launch racing the start) is taken too
        Files.createDirectories(folder);
        Path early = request(folder, "launch-1", "/papers/early.pdf");
        try (OpenRequests r = OpenRequests.start(folder, opened::add)) {
            assertEquals(List.of(Path.of("/papers/early.pdf")), opened.poll(10, TimeUnit.SECONDS));
            assertFalse(Files.exists(early), "taken: the launcher sees it gone");
            assertEquals(ProcessHandle.current().pid() + "", Files.readString(folder.resolve(OpenRequests.OWNER)).strip());

            Path req = request(folder, "launch-2", "/papers/a b.pdf", "/papers/c.pdf");
            assertEquals(List.of(Path.of("/papers/a b.pdf"), Path.of("/papers/c.pdf")), opened.poll(10, TimeUnit.SECONDS));
            assertFalse(Files.exists(req));
            // a request still being written (its .tmp) is left alone
            Files.writeString(folder.resolve("launch-3.tmp"), "/papers/half");
            assertEquals(null, opened.poll(500, TimeUnit.MILLISECONDS));
            assertTrue(Files.exists(folder.resolve("launch-3.tmp")));
        }
        assertFalse(Files.exists(folder.resolve(OpenRequests.OWNER)), "closed: launches no longer wait for it");
    }

    @Test
    void namesAreTakenAsTheFilesThemselvesLinksAndDotsResolved() throws Exception {
        // the launcher writes names as given, made absolute, without a program to resolve them
        Path folder = dir.resolve("var/open-requests");
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Path paper = Files.writeString(papers.resolve("paper.pdf"), "%PDF-1.4");
        Path link = Files.createSymbolicLink(dir.resolve("latest.pdf"), paper);
        LinkedBlockingQueue<List<Path>> opened = new LinkedBlockingQueue<>();
        try (OpenRequests r = OpenRequests.start(folder, opened::add)) {
            request(folder, "launch-1", link.toString(), papers + "/../papers/./paper.pdf", papers + "/gone/../missing.pdf");
            assertEquals(List.of(paper.toRealPath(), paper.toRealPath(), papers.toAbsolutePath().normalize().resolve("missing.pdf")),
                    opened.poll(10, TimeUnit.SECONDS));
        }
    }
}
