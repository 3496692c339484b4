package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdsTest {
    @TempDir
    Path dir;

    @Test
    void aFileHashesTheSameReadOrCopied() throws Exception {
        // the SHA-256 of "abc" from FIPS 180-2, appendix B.1
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Path file = Files.writeString(dir.resolve("abc.pdf"), "abc", StandardCharsets.US_ASCII);
        assertEquals(abc, Ids.sha256(file));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(abc, Ids.sha256(in, copy));
        }
        assertArrayEquals(Files.readAllBytes(file), copy.toByteArray());
        assertEquals("ba7816bf8f01cfea", Ids.paperId(Ids.sha256(file)));
    }
}
