package dev.gloss.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's page drawer, except for huge stencil masks. PDFBox turns an image mask into a
 * full-resolution ARGB image before scaling it down; a scanned book page (a 9000 x 12000 1-bit
 * CCITT mask in freeculture.pdf) then needs over 400 MB for one page. Here such a mask is read
 * subsampled to about the resolution it is drawn at, and painted through in its colour. And the
 * file's markup annotations can be left out, for a reader that draws them itself.
 */
final class GlossPageDrawer extends PageDrawer {
    /** Masks below this many pixels go the usual way. */
    private static final long HUGE = 4_000_000L;
    /** Never build a mask image larger than this, whatever the zoom. */
    private static final long MAX_MASK = 16_000_000L;

    private final java.util.function.BooleanSupplier markupDrawn;

    GlossPageDrawer(PageDrawerParameters parameters, java.util.function.BooleanSupplier markupDrawn) throws IOException {
        super(parameters);
        this.markupDrawn = markupDrawn;
    }

    /**
     * A renderer whose pages are drawn by this drawer; the file's markup annotations are drawn
     * while {@code markupDrawn} says so (see {@link PdfDocument#setMarkupDrawn}).
     */
    static PDFRenderer renderer(org.apache.pdfbox.pdmodel.PDDocument doc, java.util.function.BooleanSupplier markupDrawn) {
        return new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new GlossPageDrawer(parameters, markupDrawn);
            }
        };
    }

    @Override
    public void showAnnotation(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation) throws IOException {
        if (markupDrawn.getAsBoolean() || !PdfDocument.MARKUP_SUBTYPES.contains(annotation.getSubtype())) {
            super.showAnnotation(annotation);
        }
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (image.isStencil() && image instanceof PDImageXObject x && (long) x.getWidth() * x.getHeight() > HUGE) {
            Paint paint = getNonStrokingPaint();
            if (paint instanceof Color color) {
                drawStencil(x, color);
                return;
            }
        }
        super.drawImage(image);
    }

    private void drawStencil(PDImageXObject x, Color color) throws IOException {
        AffineTransform imageToUser = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
        Graphics2D g = getGraphics();
        AffineTransform toDevice = new AffineTransform(g.getTransform());
        toDevice.concatenate(imageToUser);
        // the unit square's sides on the device, in pixels
        double deviceWidth = Math.max(1, Math.hypot(toDevice.getScaleX(), toDevice.getShearY()));
        double deviceHeight = Math.max(1, Math.hypot(toDevice.getShearX(), toDevice.getScaleY()));
        // read finely enough to anti-alias (but never more than MAX_MASK samples), then average
        // blocks of samples into the mask's alpha, one mask pixel per device pixel or so
        int fine = Math.max(1, (int) Math.ceil(Math.sqrt((double) x.getWidth() * x.getHeight() / MAX_MASK)));
        int wanted = (int) Math.floor(Math.min(x.getWidth() / deviceWidth, x.getHeight() / deviceHeight));
        int block = Math.max(1, wanted / fine);
        BufferedImage samples = x.getImage(null, fine);
        int sw = samples.getWidth();
        int sh = samples.getHeight();
        int mw = (sw + block - 1) / block;
        int mh = (sh + block - 1) / block;
        BufferedImage mask = new BufferedImage(mw, mh, BufferedImage.TYPE_INT_ARGB);
        int[] out = ((DataBufferInt) mask.getRaster().getDataBuffer()).getData();
        int[] painted = new int[mw];
        Raster in = samples.getRaster();
        int bands = in.getNumBands();
        int[] row = new int[sw * bands];
        int rgb = color.getRGB() & 0xffffff;
        for (int my = 0; my < mh; my++) {
            java.util.Arrays.fill(painted, 0);
            int rows = Math.min(block, sh - my * block);
            for (int r = 0; r < rows; r++) {
                in.getPixels(0, my * block + r, sw, 1, row);
                for (int i = 0; i < sw; i++) {
                    // a stencil's 0 samples (black once decoded) take the paint
                    if (row[i * bands] < 128) {
                        painted[i / block]++;
                    }
                }
            }
            for (int mx = 0; mx < mw; mx++) {
                int cols = Math.min(block, sw - mx * block);
                int alpha = painted[mx] * 255 / (rows * cols);
                out[my * mw + mx] = alpha << 24 | rgb;
            }
        }
        setClip();
        AffineTransform pixelsToUser = new AffineTransform(imageToUser);
        pixelsToUser.scale(1.0 / mask.getWidth(), -1.0 / mask.getHeight());
        pixelsToUser.translate(0, -mask.getHeight());
        g.drawImage(mask, pixelsToUser, null);
    }
}
