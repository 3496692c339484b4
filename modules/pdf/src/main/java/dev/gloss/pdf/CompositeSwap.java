package dev.gloss.pdf;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A graphics that draws through another and sets a composite of its own in place of those of
 * one class: how {@link GlossPageDrawer} gives PDFBox's drawing of a transparency group
 * {@link SeparableBlend} instead of PDFBox's blend composite, which PDFBox sets itself.
 * Everything else goes to the graphics underneath unchanged.
 */
final class CompositeSwap extends Graphics2D {
    private final Graphics2D g;
    private final Class<? extends Composite> replaced;
    private final Composite replacement;

    CompositeSwap(Graphics2D g, Class<? extends Composite> replaced, Composite replacement) {
        this.g = g;
        this.replaced = replaced;
        this.replacement = replacement;
    }

    @Override
    public void setComposite(Composite c) {
        g.setComposite(replaced.isInstance(c) ? replacement : c);
    }

    @Override
    public Graphics create() {
        return new CompositeSwap((Graphics2D) g.create(), replaced, replacement);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, int pd, int pe, int pf, int pg, int ph, int pi, Color pj, ImageObserver pk) {
        return g.drawImage(pa, pb, pc, pd, pe, pf, pg, ph, pi, pj, pk);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, int pd, int pe, int pf, int pg, int ph, int pi, ImageObserver pj) {
        return g.drawImage(pa, pb, pc, pd, pe, pf, pg, ph, pi, pj);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, int pd, int pe, Color pf, ImageObserver pg) {
        return g.drawImage(pa, pb, pc, pd, pe, pf, pg);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, int pd, int pe, ImageObserver pf) {
        return g.drawImage(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, Color pd, ImageObserver pe) {
        return g.drawImage(pa, pb, pc, pd, pe);
    }

    @Override
    public boolean drawImage(Image pa, int pb, int pc, ImageObserver pd) {
        return g.drawImage(pa, pb, pc, pd);
    }

    @Override
    public boolean drawImage(Image pa, AffineTransform pb, ImageObserver pc) {
        return g.drawImage(pa, pb, pc);
    }

    @Override
    public boolean hit(Rectangle pa, Shape pb, boolean pc) {
        return g.hit(pa, pb, pc);
    }

    @Override
    public Color getBackground() {
        return g.getBackground();
    }

    @Override
    public Color getColor() {
        return g.getColor();
    }

    @Override
    public Composite getComposite() {
        return g.getComposite();
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public FontMetrics getFontMetrics(Font pa) {
        return g.getFontMetrics(pa);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return g.getDeviceConfiguration();
    }

    @Override
    public Paint getPaint() {
        return g.getPaint();
    }

    @Override
    public Rectangle getClipBounds() {
        return g.getClipBounds();
    }

    @Override
    public RenderingHints getRenderingHints() {
        return g.getRenderingHints();
    }

    @Override
    public Shape getClip() {
        return g.getClip();
    }

    @Override
    public Stroke getStroke() {
        return g.getStroke();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return g.getFontRenderContext();
    }

    @Override
    public AffineTransform getTransform() {
        return g.getTransform();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key pa) {
        return g.getRenderingHint(pa);
    }

    @Override
    public void addRenderingHints(Map<?, ?> pa) {
        g.addRenderingHints(pa);
    }

    @Override
    public void clearRect(int pa, int pb, int pc, int pd) {
        g.clearRect(pa, pb, pc, pd);
    }

    @Override
    public void clip(Shape pa) {
        g.clip(pa);
    }

    @Override
    public void clipRect(int pa, int pb, int pc, int pd) {
        g.clipRect(pa, pb, pc, pd);
    }

    @Override
    public void copyArea(int pa, int pb, int pc, int pd, int pe, int pf) {
        g.copyArea(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public void dispose() {
        g.dispose();
    }

    @Override
    public void draw(Shape pa) {
        g.draw(pa);
    }

    @Override
    public void drawArc(int pa, int pb, int pc, int pd, int pe, int pf) {
        g.drawArc(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public void drawGlyphVector(GlyphVector pa, float pb, float pc) {
        g.drawGlyphVector(pa, pb, pc);
    }

    @Override
    public void drawImage(BufferedImage pa, BufferedImageOp pb, int pc, int pd) {
        g.drawImage(pa, pb, pc, pd);
    }

    @Override
    public void drawLine(int pa, int pb, int pc, int pd) {
        g.drawLine(pa, pb, pc, pd);
    }

    @Override
    public void drawOval(int pa, int pb, int pc, int pd) {
        g.drawOval(pa, pb, pc, pd);
    }

    @Override
    public void drawPolygon(int[] pa, int[] pb, int pc) {
        g.drawPolygon(pa, pb, pc);
    }

    @Override
    public void drawPolyline(int[] pa, int[] pb, int pc) {
        g.drawPolyline(pa, pb, pc);
    }

    @Override
    public void drawRenderableImage(RenderableImage pa, AffineTransform pb) {
        g.drawRenderableImage(pa, pb);
    }

    @Override
    public void drawRenderedImage(RenderedImage pa, AffineTransform pb) {
        g.drawRenderedImage(pa, pb);
    }

    @Override
    public void drawRoundRect(int pa, int pb, int pc, int pd, int pe, int pf) {
        g.drawRoundRect(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public void drawString(String pa, float pb, float pc) {
        g.drawString(pa, pb, pc);
    }

    @Override
    public void drawString(String pa, int pb, int pc) {
        g.drawString(pa, pb, pc);
    }

    @Override
    public void drawString(AttributedCharacterIterator pa, float pb, float pc) {
        g.drawString(pa, pb, pc);
    }

    @Override
    public void drawString(AttributedCharacterIterator pa, int pb, int pc) {
        g.drawString(pa, pb, pc);
    }

    @Override
    public void fill(Shape pa) {
        g.fill(pa);
    }

    @Override
    public void fillArc(int pa, int pb, int pc, int pd, int pe, int pf) {
        g.fillArc(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public void fillOval(int pa, int pb, int pc, int pd) {
        g.fillOval(pa, pb, pc, pd);
    }

    @Override
    public void fillPolygon(int[] pa, int[] pb, int pc) {
        g.fillPolygon(pa, pb, pc);
    }

    @Override
    public void fillRect(int pa, int pb, int pc, int pd) {
        g.fillRect(pa, pb, pc, pd);
    }

    @Override
    public void fillRoundRect(int pa, int pb, int pc, int pd, int pe, int pf) {
        g.fillRoundRect(pa, pb, pc, pd, pe, pf);
    }

    @Override
    public void rotate(double pa) {
        g.rotate(pa);
    }

    @Override
    public void rotate(double pa, double pb, double pc) {
        g.rotate(pa, pb, pc);
    }

    @Override
    public void scale(double pa, double pb) {
        g.scale(pa, pb);
    }

    @Override
    public void setBackground(Color pa) {
        g.setBackground(pa);
    }

    @Override
    public void setClip(int pa, int pb, int pc, int pd) {
        g.setClip(pa, pb, pc, pd);
    }

    @Override
    public void setClip(Shape pa) {
        g.setClip(pa);
    }

    @Override
    public void setColor(Color pa) {
        g.setColor(pa);
    }

    @Override
    public void setFont(Font pa) {
        g.setFont(pa);
    }

    @Override
    public void setPaint(Paint pa) {
        g.setPaint(pa);
    }

    @Override
    public void setPaintMode() {
        g.setPaintMode();
    }

    @Override
    public void setRenderingHint(RenderingHints.Key pa, Object pb) {
        g.setRenderingHint(pa, pb);
    }

    @Override
    public void setRenderingHints(Map<?, ?> pa) {
        g.setRenderingHints(pa);
    }

    @Override
    public void setStroke(Stroke pa) {
        g.setStroke(pa);
    }

    @Override
    public void setTransform(AffineTransform pa) {
        g.setTransform(pa);
    }

    @Override
    public void setXORMode(Color pa) {
        g.setXORMode(pa);
    }

    @Override
    public void shear(double pa, double pb) {
        g.shear(pa, pb);
    }

    @Override
    public void transform(AffineTransform pa) {
        g.transform(pa);
    }

    @Override
    public void translate(double pa, double pb) {
        g.translate(pa, pb);
    }

    @Override
    public void translate(int pa, int pb) {
        g.translate(pa, pb);
    }
}
