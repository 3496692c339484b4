package dev.gloss.library.anchor;

import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Area clips: a rectangle of a page (a figure, a table) saved as a PNG in the workspace, at
 * {@code papers/<paperId>/clips/<annotationId>.png}, with a {@link AnnotationType#CLIP}
 * annotation pointing to it, ready to attach to a post.
 * <pre>{@code
 * BufferedImage png = Clips.render(pdf, 2, area, 200);
 * Annotation clip = Clips.save(ws, paperId, 2, area, png);
 * }</pre>
 */
public final class Clips {
    /** The resolution clips are rendered at unless the caller chooses: sharp on a phone. */
    public static final float DEFAULT_DPI = 200;

    private Clips() {
    }

    /** Saves a clip with the default colour and no note. */
    public static Annotation save(Workspace ws, String paperId, int page, Rect area, BufferedImage png) {
        return save(ws, paperId, page, area, png, null, null, List.of());
    }

    /**
     * Writes {@code png} to the paper's clips folder and saves a CLIP annotation for it.
     *
     * @param area  the clipped rectangle in PDF user space
     * @param color a colour (see {@link Annotator#color}), or null for the default
     */
    public static Annotation save(Workspace ws, String paperId, int page, Rect area, BufferedImage png, String color,
            String note, List<String> tags) {
        Paper paper = Papers.find(ws, paperId);
        if (area == null || area.width() <= 0 || area.height() <= 0) {
            throw new LibraryException(LibraryException.Reason.CLIP_WITHOUT_AREA);
        }
        String id = Ids.newId();
        String relative = path(ws, paper.id(), id);
        write(ws, relative, png(png));
        Instant now = Instant.now();
        Annotation a = new Annotation(id, paper.id(), AnnotationType.CLIP, page,
                Annotator.color(color), null, null, List.of(), area, relative,
                note == null || note.isBlank() ? null : note.strip(), tags, null, null, now, now);
        return ws.save(Kind.ANNOTATIONS, a);
    }

    /** The workspace-relative path of the PNG of clip {@code id} of a paper. */
    public static String path(Workspace ws, String paperId, String id) {
        Path file = ws.paperFolder(paperId).resolve("clips").resolve(id + ".png");
        return ws.root().relativize(file).toString().replace('\\', '/');
    }

    /** The image encoded as PNG. */
    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", bytes)) {
                throw new LibraryException(LibraryException.Reason.NO_PNG_WRITER);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CLIP_NOT_ENCODED, String.valueOf(e.getMessage()));
        }
    }

    /** Writes PNG bytes to a workspace-relative path (atomically). */
    public static void write(Workspace ws, String relative, byte[] png) {
        try {
            AtomicFiles.write(ws.root().resolve(relative), png);
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CLIP_NOT_SAVED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The PNG of {@code area} of a page at the default resolution, drawn the way the reader's clip
     * tool draws it, for clips that arrive without an image (from a PDF's Square annotations or
     * from Web Annotations).
     *
     * @throws PdfException     if the page cannot be drawn
     * @throws LibraryException if the area lies outside the page
     */
    public static byte[] renderPng(PdfDocument pdf, int page, Rect area) throws PdfException {
        return png(render(pdf, page, area, DEFAULT_DPI));
    }

    /** The clip's PNG file in the workspace. */
    public static Path file(Workspace ws, Annotation clip) {
        return ws.root().resolve(clip.clip());
    }

    /**
     * Renders {@code area} of a page at {@code dpi} (only that part of the page is drawn), without
     * the file's own markup annotations ({@link PdfDocument#setMarkupDrawn}: from here on, for
     * {@code pdf}): they are the paper's annotations in Gloss, not part of the figure.
     *
     * @throws PdfException if the page cannot be drawn
     */
    public static BufferedImage render(PdfDocument pdf, int page, Rect area, float dpi) throws PdfException {
        float scale = dpi / 72f;
        PageGeometry g = pdf.geometry(page, scale);
        Rectangle2D px = g.toImage(area);
        Rectangle tile = px.getBounds().intersection(new Rectangle(0, 0, g.imageWidth(), g.imageHeight()));
        if (tile.width <= 0 || tile.height <= 0) {
            throw new LibraryException(LibraryException.Reason.CLIP_OUTSIDE_PAGE, page);
        }
        pdf.setMarkupDrawn(false);
        return pdf.renderTile(page, scale, tile);
    }
}
