package dev.gloss.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a PDF the ways real files are damaged and fuzzers damage them, reproducibly from a
 * seed: bit flips, a truncation, an object duplicated or deleted, a reference turned back on its
 * own object (a loop), random bytes spliced in. The fault-sweep and fuzz tests run the CLI over
 * what it makes.
 * <pre>{@code
 * PdfMutator m = new PdfMutator(new Random(23));
 * PdfMutator.Mutant bad = m.mutate(Files.readAllBytes(paper));   // bad.kind(): "truncate", ...
 * }</pre>
 */
public final class PdfMutator {
    /** What was done, and the bytes. */
    public record Mutant(String kind, byte[] bytes) {
    }

    /** The kinds of damage, in the order {@link #mutate} draws from. */
    public static final List<String> KINDS = List.of("bit-flips", "truncate", "duplicate-object", "delete-object",
            "loop-reference", "splice-garbage");

    private static final Pattern OBJECT = Pattern.compile("(?s)(\\d{1,7}) (\\d{1,5}) obj\\b.*?\\bendobj");
    private static final Pattern REFERENCE = Pattern.compile("\\b(\\d{1,7}) (\\d{1,5}) R\\b");

    private final Random random;

    public PdfMutator(Random random) {
        this.random = random;
    }

    /** One random kind of damage to {@code pdf}. */
    public Mutant mutate(byte[] pdf) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        return new Mutant(kind, mutate(pdf, kind));
    }

    /** The damage {@code kind} (one of {@link #KINDS}) to {@code pdf}; a file it does not apply to gets bit flips. */
    public byte[] mutate(byte[] pdf, String kind) {
        byte[] out = switch (kind) {
            case "bit-flips" -> bitFlips(pdf);
            case "truncate" -> java.util.Arrays.copyOf(pdf, Math.max(16, (int) (pdf.length * (0.05 + 0.94 * random.nextDouble()))));
            case "duplicate-object" -> duplicateObject(pdf);
            case "delete-object" -> deleteObject(pdf);
            case "loop-reference" -> loopReference(pdf);
            case "splice-garbage" -> spliceGarbage(pdf);
            default -> throw new IllegalArgumentException(kind);
        };
        return out == null ? bitFlips(pdf) : out;
    }

    private byte[] bitFlips(byte[] pdf) {
        byte[] b = pdf.clone();
        int flips = 1 + random.nextInt(24);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(b.length);
            b[at] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    /** The objects of the file as [start, end) byte ranges (ISO-8859-1 keeps bytes and chars one to one). */
    private static List<int[]> objects(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = OBJECT.matcher(text);
        while (m.find() && out.size() < 20_000) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private byte[] duplicateObject(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> objects = objects(text);
        if (objects.isEmpty()) {
            return null;
        }
        int[] copy = objects.get(random.nextInt(objects.size()));
        int[] before = objects.get(random.nextInt(objects.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + copy[1] - copy[0] + 1);
        out.write(pdf, 0, before[0]);
        out.write(pdf, copy[0], copy[1] - copy[0]);
        out.write('\n');
        out.write(pdf, before[0], pdf.length - before[0]);
        return out.toByteArray();
    }

    private byte[] deleteObject(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> objects = objects(text);
        if (objects.isEmpty()) {
            return null;
        }
        int[] gone = objects.get(random.nextInt(objects.size()));
        if (random.nextBoolean()) {
            // blanked: the other offsets stay right, only that object is missing
            byte[] b = pdf.clone();
            java.util.Arrays.fill(b, gone[0], gone[1], (byte) ' ');
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
        out.write(pdf, 0, gone[0]);
        out.write(pdf, gone[1], pdf.length - gone[1]);
        return out.toByteArray();
    }

    /** A reference inside object N is turned to N itself (same length, so every offset stays right). */
    private byte[] loopReference(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> objects = objects(text);
        for (int attempt = 0; attempt < 20 && !objects.isEmpty(); attempt++) {
            int[] o = objects.get(random.nextInt(objects.size()));
            Matcher head = OBJECT.matcher(text).region(o[0], o[1]);
            if (!head.lookingAt()) {
                continue;
            }
            String self = head.group(1) + " " + head.group(2) + " R";
            List<int[]> refs = new ArrayList<>();
            Matcher r = REFERENCE.matcher(text).region(o[0], o[1]);
            while (r.find()) {
                refs.add(new int[] {r.start(), r.end()});
            }
            if (refs.isEmpty()) {
                continue;
            }
            int[] ref = refs.get(random.nextInt(refs.size()));
            int length = ref[1] - ref[0];
            if (self.length() > length) {
                continue;
            }
            byte[] b = pdf.clone();
            byte[] replacement = (" ".repeat(length - self.length()) + self).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(replacement, 0, b, ref[0], length);
            return b;
        }
        return null;
    }

    private byte[] spliceGarbage(byte[] pdf) {
        byte[] garbage = new byte[1 + random.nextInt(512)];
        random.nextBytes(garbage);
        int at = random.nextInt(pdf.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + garbage.length);
        out.write(pdf, 0, at);
        out.writeBytes(garbage);
        out.write(pdf, at, pdf.length - at);
        return out.toByteArray();
    }
}
