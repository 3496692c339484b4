package dev.gloss.pdf;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.rendering.RenderDestination;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's page drawer, except for glyphs, common images and huge stencil masks. Plain filled
 * glyphs at reading sizes are blended from the document's {@link GlyphSprites} straight into the
 * page image instead of each outline going through Java2D's path rasterizer; the common kinds
 * of images are decoded by {@link FastImages}. PDFBox turns an image
 * mask into a full-resolution ARGB image before scaling it down; a scanned book page (a 9000 x
 * 12000 1-bit CCITT mask in freeculture.pdf) then needs over 400 MB for one page. Here such a
 * mask is read subsampled to about the resolution it is drawn at, and painted through in its
 * colour. And the file's markup annotations can be left out, for a reader that draws them itself,
 * and its links' borders, which readers hide; for dark and sepia pages it notes where pictures
 * were drawn, so that they keep their colours (see {@link PageColors}).
 */
final class GlossPageDrawer extends PageDrawer {
    private static final Logger LOG = Logger.getLogger(GlossPageDrawer.class.getName());
    /** Masks below this many pixels go the usual way. */
    private static final long HUGE = 4_000_000L;
    /** Never build a mask image larger than this, whatever the zoom. */
    private static final long MAX_MASK = 16_000_000L;

    private final BooleanSupplier markupDrawn;
    private final BooleanSupplier linkBordersDrawn;
    /** Where pictures were drawn, in the target's pixels, for {@link PageColors}; null when nobody asks. */
    private final List<Shape> pictures;
    /** The page's area in points, to tell a scanned page from a figure. */
    private double pageArea;
    /** Glyph masks shared by the document's pages; null fills every glyph as an outline. */
    private final GlyphSprites sprites;
    /** Decodes the common kinds of images; null leaves every image to PDFBox. */
    private final FastImages images;
    /** The document's shadings' colour spaces, made once. */
    private final ShadingColorSpaces shadingColors;
    /** The RGB image the page's own graphics draws into, or null when unknown. */
    private final BufferedImage target;
    private Graphics2D pageGraphics;
    /** The colour {@link #fill} was converted from. */
    private PDColor fillFor;
    private Paint fill;
    /** The clipping paths {@link #clipRect} was worked out for. */
    private List<Path2D> clipFor;
    /** The device clip when it is a rectangle on whole pixels, else null. */
    private Rectangle clipRect;

    private GlossPageDrawer(PageDrawerParameters parameters, BooleanSupplier markupDrawn, BooleanSupplier linkBordersDrawn,
            GlyphSprites sprites, FastImages images, ShadingColorSpaces shadingColors, BufferedImage target,
            List<Shape> pictures) throws IOException {
        super(parameters);
        this.markupDrawn = markupDrawn;
        this.linkBordersDrawn = linkBordersDrawn;
        this.pictures = pictures;
        this.sprites = sprites;
        this.images = images;
        this.shadingColors = shadingColors;
        this.target = target != null && target.getType() == BufferedImage.TYPE_INT_RGB ? target : null;
    }

    /**
     * A renderer whose pages are drawn by this drawer; the file's markup annotations are drawn
     * while {@code markupDrawn} says so (see {@link PdfDocument#setMarkupDrawn}), the borders of
     * its links while {@code linkBordersDrawn} does (see {@link PdfDocument#setLinkBordersDrawn}).
     */
    static Renderer renderer(PDDocument doc, BooleanSupplier markupDrawn, BooleanSupplier linkBordersDrawn,
            GlyphSprites sprites, FastImages images) {
        // optional content can hide text and images, and only PDFBox knows what is hidden: its way for those files
        boolean plain = doc.getDocumentCatalog().getOCProperties() == null;
        return new Renderer(doc, markupDrawn, linkBordersDrawn, plain ? sprites : null, plain ? images : null);
    }

    /** PDFBox's renderer, drawing with this drawer into an image it is given. */
    static final class Renderer extends PDFRenderer {
        private final BooleanSupplier markupDrawn;
        private final BooleanSupplier linkBordersDrawn;
        private final GlyphSprites sprites;
        private final FastImages images;
        private final ShadingColorSpaces shadingColors;
        private BufferedImage target;
        private List<Shape> pictures;

        private Renderer(PDDocument doc, BooleanSupplier markupDrawn, BooleanSupplier linkBordersDrawn,
                GlyphSprites sprites, FastImages images) {
            super(doc);
            this.markupDrawn = markupDrawn;
            this.linkBordersDrawn = linkBordersDrawn;
            this.sprites = sprites;
            this.images = images;
            this.shadingColors = new ShadingColorSpaces(doc.getResourceCache());
        }

        /**
         * Draws a page onto {@code g}, a graphics of {@code image} (white, with any translation
         * for a tile already applied), at {@code scale} pixels per point. When {@code pictures}
         * is not null, the areas where pictures were drawn are added to it, in the image's pixels.
         */
        void render(int pageIndex, BufferedImage image, Graphics2D g, float scale, List<Shape> pictures) throws IOException {
            this.pictures = pictures;
            try {
                if (!tile(g) && blends(document.getPage(pageIndex))) {
                    // PDFBox blends such a page over transparency, then over white: its way, glyphs and all
                    g.drawImage(renderImage(pageIndex, scale, ImageType.RGB, RenderDestination.VIEW), 0, 0, null);
                    return;
                }
                target = image;
                renderPageToGraphics(pageIndex, g, scale, scale, RenderDestination.VIEW);
            } finally {
                target = null;
                this.pictures = null;
            }
        }

        private static boolean tile(Graphics2D g) {
            return !g.getTransform().isIdentity();
        }

        /** Whether the page's own graphics states use a blend mode (as PDFBox's renderImage asks). */
        private static boolean blends(PDPage page) {
            PDResources resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (COSName name : resources.getExtGStateNames()) {
                PDExtendedGraphicsState state = resources.getExtGState(name);
                if (state != null && state.getBlendMode() != BlendMode.NORMAL) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new GlossPageDrawer(parameters, markupDrawn, linkBordersDrawn, sprites, images, shadingColors, target,
                    pictures);
        }
    }

    @Override
    public void drawPage(Graphics2D g, PDRectangle pageSize) throws IOException {
        pageGraphics = g;
        pageArea = (double) pageSize.getWidth() * pageSize.getHeight();
        super.drawPage(g, pageSize);
    }

    /**
     * Plain filled glyphs on the page itself come from the glyph masks; everything else (stroked,
     * clipping or invisible text, patterns, soft masks, blend modes, transparency groups, odd
     * clips, huge glyphs) goes PDFBox's way.
     */
    @Override
    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        if (sprites == null || target == null || getGraphics() != pageGraphics || !(font instanceof PDVectorFont vector)
                || !RenderingHints.VALUE_ANTIALIAS_ON.equals(pageGraphics.getRenderingHint(RenderingHints.KEY_ANTIALIASING))
                || getGraphicsState().getTextState().getRenderingMode() != RenderingMode.FILL
                || !(getGraphicsState().getNonStrokingJavaComposite() instanceof AlphaComposite ac)
                || ac.getRule() != AlphaComposite.SRC_OVER
                || !(fillColor() instanceof Color color)) {
            super.showFontGlyph(textRenderingMatrix, font, code, displacement);
            return;
        }
        Rectangle clip = deviceClip();
        if (clip == null) {
            super.showFontGlyph(textRenderingMatrix, font, code, displacement);
            return;
        }
        AffineTransform at = textRenderingMatrix.createAffineTransform();
        at.concatenate(font.getFontMatrix().createAffineTransform());
        // as PDFBox does: a substituted font's glyph is stretched to the width the PDF gives it
        if (!font.isEmbedded() && !font.isVertical() && !font.isStandard14() && font.hasExplicitWidth(code)) {
            float fontWidth = font.getWidthFromFont(code);
            if (fontWidth > 0 && displacement.getX() > 0 && Math.abs(fontWidth - displacement.getX() * 1000) > 0.0001) {
                at.scale(displacement.getX() * 1000 / fontWidth, 1);
            }
        }
        Graphics2D g = getGraphics();
        AffineTransform toDevice = new AffineTransform(g.getTransform());
        toDevice.concatenate(at);
        boolean drawn = sprites.draw(target, clip, font.getCOSObject(), code, toDevice, color, ac.getAlpha(),
                () -> vector.hasGlyph(code) ? vector.getNormalizedPath(code) : null);
        if (!drawn) {
            super.showFontGlyph(textRenderingMatrix, font, code, displacement);
        }
    }

    /** The fill paint, converted once per colour (PDFBox converts it again for every glyph). */
    private Paint fillColor() throws IOException {
        PDGraphicsState state = getGraphicsState();
        PDColor c = state.getNonStrokingColor();
        if (c == fillFor && state.getSoftMask() == null) {
            return fill;
        }
        Paint p = getNonStrokingPaint();
        // a plain colour depends on the colour alone; patterns and soft masks are worked out each time
        boolean plain = p instanceof Color && state.getSoftMask() == null;
        fillFor = plain ? c : null;
        fill = plain ? p : null;
        return p;
    }

    /**
     * The page graphics' clip in device pixels when it is a rectangle (the page, a column), as
     * Java2D clips pure (not normalized) drawing: the pixels whose centres lie inside. Null for any
     * other clip; such glyphs are filled as outlines.
     */
    private Rectangle deviceClip() {
        List<Path2D> paths = getGraphicsState().getCurrentClippingPaths();
        if (paths == clipFor) {
            return clipRect;
        }
        setClip();
        Graphics2D g = getGraphics();
        AffineTransform saved = g.getTransform();
        g.setTransform(new AffineTransform());
        Shape clip = g.getClip();
        g.setTransform(saved);
        Rectangle image = new Rectangle(target.getWidth(), target.getHeight());
        Rectangle r = null;
        if (clip == null) {
            r = image;
        } else if (RenderingHints.VALUE_STROKE_PURE.equals(g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL))) {
            Area area = new Area(clip);
            if (area.isEmpty()) {
                r = new Rectangle();
            } else if (area.isRectangular()) {
                Rectangle2D b = area.getBounds2D();
                int x0 = centreIn(b.getMinX());
                int y0 = centreIn(b.getMinY());
                r = new Rectangle(x0, y0, centreIn(b.getMaxX()) - x0, centreIn(b.getMaxY()) - y0).intersection(image);
            }
        }
        clipFor = paths;
        clipRect = r;
        return r;
    }

    /** The first pixel whose centre is past an edge at {@code v}. */
    private static int centreIn(double v) {
        return (int) Math.ceil(v - 0.5);
    }

    /**
     * A shading whose function fails (a division by zero in a calculator function, a sampled
     * function shorter than it says) is left out, as pdf.js leaves it out, and the rest of the
     * page is drawn.
     */
    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        try {
            // the same instance PDFBox's fill then takes from the resources' cache
            PDShading shading = getResources() == null ? null : getResources().getShading(shadingName);
            if (shading != null) {
                shadingColors.share(shading);
            }
            super.shadingFill(shadingName);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "shading " + shadingName.getName() + " left out", e);
        }
    }

    /** A shading pattern's colour space is shared as a shading's is ({@link #shadingFill}). */
    @Override
    protected Paint getPaint(PDColor color) throws IOException {
        if (color.getColorSpace() instanceof PDPattern patterns
                && patterns.getPattern(color) instanceof PDShadingPattern pattern && pattern.getShading() != null) {
            shadingColors.share(pattern.getShading());
        }
        return super.getPaint(color);
    }

    @Override
    public void showAnnotation(PDAnnotation annotation) throws IOException {
        String subtype = annotation.getSubtype();
        if (PdfDocument.MARKUP_SUBTYPES.contains(subtype) ? markupDrawn.getAsBoolean()
                : !"Link".equals(subtype) || linkBordersDrawn.getAsBoolean() && !invisibleBorder(annotation)) {
            super.showAnnotation(annotation);
        }
    }

    /**
     * A link with no appearance of its own and a border of width 0 (hyperref's /Border [0 0 0],
     * hundreds per paper) draws nothing, but PDFBox would first build and then draw an empty
     * appearance for each, on every page of every newly opened file.
     */
    static boolean invisibleBorder(PDAnnotation link) {
        if (link.getAppearance() != null) {
            return false;
        }
        PDBorderStyleDictionary style = link instanceof PDAnnotationLink l ? l.getBorderStyle() : null;
        if (style != null) {
            return style.getWidth() == 0;
        }
        // as PDFBox reads the width: the third number of /Border, 1 when there is none
        COSArray border = link.getBorder();
        return border.size() >= 3 && border.getObject(2) instanceof COSNumber width && width.floatValue() == 0;
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (pictures != null && !image.isStencil()) {
            notePicture();
        }
        if (images != null && image instanceof PDImageXObject x) {
            PDImage wrapped = images.wrap(x);
            if (wrapped != null) {
                super.drawImage(wrapped);
                return;
            }
        }
        if (image.isStencil() && image instanceof PDImageXObject x && (long) x.getWidth() * x.getHeight() > HUGE) {
            Paint paint = getNonStrokingPaint();
            if (paint instanceof Color color) {
                drawStencil(x, color);
                return;
            }
        }
        super.drawImage(image);
    }

    /**
     * Notes where the picture about to be drawn lands on the page image: the unit square through
     * the current transformation, cut to the clip's bounds. One that covers most of the page is a
     * scanned page, which changes colour with the page, and is not noted.
     */
    private void notePicture() {
        AffineTransform imageToUser = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
        if (pageArea > 0 && Math.abs(imageToUser.getDeterminant()) > PageColors.PAGE_SIZED * pageArea) {
            return;
        }
        // the page's own graphics maps user space to the image (a transparency group draws
        // elsewhere first, but lands at the same place)
        AffineTransform toImage = pageGraphics.getTransform();
        Area area = new Area(toImage.createTransformedShape(imageToUser.createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))));
        Rectangle2D clip = null;
        for (Path2D p : getGraphicsState().getCurrentClippingPaths()) {
            Rectangle2D b = p.getBounds2D();
            clip = clip == null ? b : clip.createIntersection(b);
        }
        if (clip != null) {
            area.intersect(new Area(toImage.createTransformedShape(clip)));
        }
        if (!area.isEmpty()) {
            pictures.add(area);
        }
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
