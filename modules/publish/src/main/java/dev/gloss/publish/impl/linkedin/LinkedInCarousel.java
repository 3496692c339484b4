package dev.gloss.publish.impl.linkedin;

import dev.gloss.pdf.draw.DocumentInfo;
import dev.gloss.pdf.draw.NewPdf;
import dev.gloss.pdf.draw.PageCanvas;
import dev.gloss.publish.impl.ImageFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A document for a LinkedIn post: the thread's figures laid out one a page into a PDF, which
 * LinkedIn shows as a carousel. Each page is the figure's shape (1,080 points wide, a margin
 * around it); the Info dictionary, the dates and the document id are derived from the figures, so
 * every clone of a workspace draws the same bytes.
 */
final class LinkedInCarousel {
    /** A page's width in points; LinkedIn shows a document page across the feed's width. */
    static final float WIDTH = 1080;
    static final float MARGIN = 40;

    private LinkedInCarousel() {
    }

    /** The PDF of {@code figures}, titled {@code title}. */
    static byte[] of(String title, List<ImageFile> figures) throws IOException {
        try (NewPdf pdf = new NewPdf()) {
            MessageDigest sha = sha256();
            for (ImageFile f : figures) {
                float inner = WIDTH - 2 * MARGIN;
                float height = f.width() > 0 ? inner * f.height() / f.width() : inner;
                try (PageCanvas page = pdf.addPage(WIDTH, height + 2 * MARGIN)) {
                    page.image(f.bytes(), f.fileName(), MARGIN, MARGIN, inner, height);
                }
                sha.update(f.bytes());
            }
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            Instant at = Instant.ofEpochSecond(0);
            pdf.info(new DocumentInfo(title, null, null, null, "Gloss", "Gloss", at, at));
            pdf.fixedId(Arrays.copyOf(digest, 16));
            return pdf.bytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
