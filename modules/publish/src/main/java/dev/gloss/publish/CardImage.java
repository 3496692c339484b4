package dev.gloss.publish;

import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The thumbnail of a paper's link card: the top of its first page (title, authors, the start of
 * the abstract) in the 1.91:1 frame link cards are shown in, as a JPEG. It is drawn once and kept
 * in the workspace ({@code papers/<id>/card.jpg}), so every copy of a workspace shared through
 * git uploads the same bytes: the blob, and with it the post's record, is the same everywhere.
 */
public final class CardImage {
    private static final Logger LOG = Logger.getLogger(CardImage.class.getName());
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 628;
    private static final String FILE = "card.jpg";

    private CardImage() {
    }

    /** Where a paper's card image is kept. */
    public static Path file(Workspace ws, String paperId) {
        return ws.paperFolder(paperId).resolve(FILE);
    }

    /**
     * The card image of a paper: the kept one, else drawn now and kept. Empty when the paper's
     * PDF cannot be drawn (the card then goes out without a thumbnail; the reason is logged).
     */
    public static Optional<byte[]> of(Workspace ws, Paper paper) {
        Path f = file(ws, paper.id());
        try {
            if (Files.isRegularFile(f)) {
                return Optional.of(Files.readAllBytes(f));
            }
            byte[] jpeg = draw(ws.paperFile(paper));
            AtomicFiles.write(f, jpeg);
            return Optional.of(jpeg);
        } catch (IOException | PdfException | RuntimeException e) {
            LOG.log(Level.WARNING, "no card image for paper " + paper.id(), e);
            return Optional.empty();
        }
    }

    /**
     * The card image to show before publishing: the kept one, else drawn now without keeping it
     * (previewing leaves the workspace as it was). Empty when the paper cannot be drawn.
     */
    public static Optional<BufferedImage> preview(Workspace ws, Paper paper) {
        try {
            Path f = file(ws, paper.id());
            byte[] jpeg = Files.isRegularFile(f) ? Files.readAllBytes(f) : draw(ws.paperFile(paper));
            return Optional.ofNullable(ImageIO.read(new java.io.ByteArrayInputStream(jpeg)));
        } catch (IOException | PdfException | RuntimeException e) {
            LOG.log(Level.INFO, "no card image to preview for paper " + paper.id(), e);
            return Optional.empty();
        }
    }

    /** Draws the top of the first page of {@code pdf}, {@value #WIDTH} by {@value #HEIGHT} pixels. */
    static byte[] draw(Path pdf) throws PdfException, IOException {
        try (PdfDocument doc = PdfDocument.open(pdf)) {
            doc.setMarkupDrawn(false);
            double pageWidth = doc.pageSize(1).width();
            BufferedImage page = doc.render(1, (float) (WIDTH / pageWidth));
            BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            var g = card.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.drawImage(page, 0, 0, null);
            } finally {
                g.dispose();
            }
            return jpeg(card);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            w.write(null, new IIOImage(image, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }
}
