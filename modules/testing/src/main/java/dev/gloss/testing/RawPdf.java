package dev.gloss.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PDF written object by object, for the damaged and hostile files a test needs and no writer
 * makes: a page tree that contains itself, a {@code /Count} of 200,000 over one page object, kids
 * that are not an array. The cross-reference table is right (offsets counted), so the file is
 * damaged only where the test says.
 * <pre>{@code
 * Path pdf = new RawPdf()
 *         .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
 *         .object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")      // contains itself
 *         .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>")
 *         .stream(4, "", "BT /F1 12 Tf 20 100 Td (Hello) Tj ET")
 *         .write(dir.resolve("loop.pdf"), 1);
 * }</pre>
 */
public final class RawPdf {
    private final Map<Integer, byte[]> objects = new TreeMap<>();

    /** Object {@code number} (generation 0) with the body {@code body} (a dictionary, array, number...). */
    public RawPdf object(int number, String body) {
        objects.put(number, body.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A stream object: {@code dictionaryEntries} (without the brackets; /Length is added) and its data. */
    public RawPdf stream(int number, String dictionaryEntries, String data) {
        return stream(number, dictionaryEntries, data.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A stream object with binary data. */
    public RawPdf stream(int number, String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(data);
        b.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        objects.put(number, b.toByteArray());
        return this;
    }

    /** The file's bytes with {@code root} as the trailer's /Root. */
    public byte[] bytes(int root) {
        return bytes("/Root " + root + " 0 R");
    }

    /** The file's bytes with {@code trailerEntries} (without the brackets; /Size is added) in the trailer. */
    public byte[] bytes(String trailerEntries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        int size = objects.isEmpty() ? 1 : ((TreeMap<Integer, byte[]>) objects).lastKey() + 1;
        long[] offsets = new long[size];
        for (Map.Entry<Integer, byte[]> e : objects.entrySet()) {
            offsets[e.getKey()] = out.size();
            write(out, e.getKey() + " 0 obj\n");
            out.writeBytes(e.getValue());
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder t = new StringBuilder("xref\n0 ").append(size).append('\n');
        t.append("0000000000 65535 f \n");
        for (int i = 1; i < size; i++) {
            t.append(offsets[i] == 0 ? "0000000000 65535 f \n" : String.format("%010d 00000 n \n", offsets[i]));
        }
        t.append("trailer\n<< /Size ").append(size).append(' ').append(trailerEntries).append(" >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, t.toString());
        return out.toByteArray();
    }

    /** Writes the file with {@code root} as the trailer's /Root; returns {@code file}. */
    public Path write(Path file, int root) throws IOException {
        Files.write(file, bytes(root));
        return file;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
