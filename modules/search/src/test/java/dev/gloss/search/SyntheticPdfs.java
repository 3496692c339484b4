package dev.gloss.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Many small generated papers as real PDF files, for measuring how import and indexing grow
 * with the library ({@code ./bench}'s scaling rows): each a title and dense pages of the same
 * Zipf-distributed text as {@link SyntheticLibrary}, in Helvetica, so that every paper has its
 * own content (and id) and the queries of {@link SyntheticLibrary#queries} find them.
 */
public final class SyntheticPdfs {
    private static final float SIZE = 9;
    private static final float LEADING = 11;
    private static final float LEFT = 54;
    private static final float TOP = 740;
    private static final float WIDTH = 504;

    private SyntheticPdfs() {
    }

    /**
     * Writes papers {@code from} (inclusive) to {@code to} (exclusive) into {@code dir} as
     * {@code paper-N.pdf}, on two threads; the same seed gives the same files.
     *
     * @return the files, in order
     */
    public static List<Path> write(Path dir, int from, int to, int pagesPerPaper, long seed) throws IOException {
        Files.createDirectories(dir);
        SyntheticLibrary.Words words = new SyntheticLibrary.Words(seed);
        ExecutorService pool = Executors.newFixedThreadPool(2, PageTextIndexer.daemon("gloss-synthetic-pdf"));
        try {
            List<Future<Path>> files = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int n = i;
                files.add(pool.submit(() -> paper(dir.resolve("paper-" + n + ".pdf"), words,
                        new Random(seed * 1_000_003L + n), n, pagesPerPaper)));
            }
            List<Path> out = new ArrayList<>(files.size());
            for (Future<Path> f : files) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Writing the synthetic papers was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Writing the synthetic papers failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path paper(Path file, SyntheticLibrary.Words words, Random r, int n, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String title = words.sentence(r, 6 + r.nextInt(6), false);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Character.toUpperCase(title.charAt(0)) + title.substring(1));
            info.setAuthor(String.format(Locale.ROOT, "Author %d", n % 997));
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(LEFT, TOP);
                    for (String line : lines(words.text(r, SyntheticLibrary.WORDS_PER_PAGE), font)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static List<String> lines(String text, PDFont font) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (line.length() > 0 && font.getStringWidth(line + " " + w) / 1000 * SIZE > WIDTH) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
