package dev.gloss.pdf;

import dev.gloss.workspace.Quad;
import dev.gloss.workspace.Rect;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Maps between page space (points, y up, unrotated, as in /QuadPoints) and the pixels of a page
 * image rendered at a scale (y down, /Rotate applied, crop box at the image origin). The same
 * transform PDFBox draws with, so a quad lands exactly on its text.
 *
 * <pre>{@code
 * PageGeometry g = pdf.geometry(3, 2f);
 * Rectangle2D onScreen = g.toImage(hit.quads().get(0));
 * Point2D inPage = g.toPage(mouseX, mouseY);
 * }</pre>
 */
public final class PageGeometry {
    private final Rect cropBox;
    private final int rotation;
    private final float scale;
    private final AffineTransform toImage;
    private final AffineTransform toPage;

    /**
     * @param cropBox  the page's crop box in page space
     * @param rotation the page's /Rotate: 0, 90, 180 or 270
     * @param scale    pixels per point
     */
    public PageGeometry(Rect cropBox, int rotation, float scale) {
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("bad scale " + scale);
        }
        this.cropBox = cropBox;
        this.rotation = PdfDocument.normalizedRotation(rotation);
        this.scale = scale;
        AffineTransform t = new AffineTransform();
        t.scale(scale, scale);
        switch (this.rotation) {
            case 90 -> t.translate(cropBox.height(), 0);
            case 180 -> t.translate(cropBox.width(), cropBox.height());
            case 270 -> t.translate(0, cropBox.width());
            default -> { }
        }
        t.rotate(Math.toRadians(this.rotation));
        t.translate(0, cropBox.height());
        t.scale(1, -1);
        t.translate(-cropBox.left(), -cropBox.bottom());
        this.toImage = t;
        try {
            this.toPage = t.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalArgumentException("degenerate crop box " + cropBox, e);
        }
    }

    public Rect cropBox() {
        return cropBox;
    }

    public int rotation() {
        return rotation;
    }

    public float scale() {
        return scale;
    }

    /** Width of the rendered image in pixels (as PDFBox sizes it: floor, at least 1). */
    public int imageWidth() {
        double w = rotation == 90 || rotation == 270 ? cropBox.height() : cropBox.width();
        // in float, exactly as PDFRenderer computes it
        return (int) Math.max(Math.floor((float) w * scale), 1);
    }

    /** Height of the rendered image in pixels. */
    public int imageHeight() {
        double h = rotation == 90 || rotation == 270 ? cropBox.width() : cropBox.height();
        return (int) Math.max(Math.floor((float) h * scale), 1);
    }

    /** A copy of the page-space to image-space transform. */
    public AffineTransform pageToImage() {
        return new AffineTransform(toImage);
    }

    /** A copy of the image-space to page-space transform. */
    public AffineTransform imageToPage() {
        return new AffineTransform(toPage);
    }

    /** A page-space point in image pixels. */
    public Point2D toImage(double x, double y) {
        return toImage.transform(new Point2D.Double(x, y), null);
    }

    /** An image pixel position in page space. */
    public Point2D toPage(double px, double py) {
        return toPage.transform(new Point2D.Double(px, py), null);
    }

    /** The pixel rectangle covering a page-space rectangle. */
    public Rectangle2D toImage(Rect r) {
        return toImage.createTransformedShape(new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height())).getBounds2D();
    }

    /** The pixel rectangle covering a quad (its bounding box on screen). */
    public Rectangle2D toImage(Quad q) {
        return toImage(new Rect(q.minX(), q.minY(), q.maxX(), q.maxY()));
    }

    /** The page-space rectangle covering a pixel rectangle. */
    public Rect toPage(Rectangle2D pixels) {
        Rectangle2D b = toPage.createTransformedShape(pixels).getBounds2D();
        return new Rect(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
