package dev.gloss.desktop.reader.render;

import dev.gloss.pdf.PageGeometry;
import dev.gloss.workspace.Quad;
import java.awt.Shape;
import java.awt.geom.Path2D;

/** Quads (page space) as shapes on a page image. */
public final class Quads {
    private Quads() {
    }

    /** The quad's outline in image pixels (corners in QuadPoints order: UL, UR, LL, LR). */
    public static Shape shape(Quad q, PageGeometry g) {
        Path2D p = new Path2D.Double();
        p.moveTo(q.x1(), q.y1());
        p.lineTo(q.x2(), q.y2());
        p.lineTo(q.x4(), q.y4());
        p.lineTo(q.x3(), q.y3());
        p.closePath();
        return g.pageToImage().createTransformedShape(p);
    }

    /** The strip along the bottom edge of a quad, {@code fraction} of its height: for underlines. */
    public static Shape bottom(Quad q, PageGeometry g, double fraction) {
        double f = fraction;
        double ux = q.x3() + (q.x1() - q.x3()) * f;
        double uy = q.y3() + (q.y1() - q.y3()) * f;
        double vx = q.x4() + (q.x2() - q.x4()) * f;
        double vy = q.y4() + (q.y2() - q.y4()) * f;
        Path2D p = new Path2D.Double();
        p.moveTo(ux, uy);
        p.lineTo(vx, vy);
        p.lineTo(q.x4(), q.y4());
        p.lineTo(q.x3(), q.y3());
        p.closePath();
        return g.pageToImage().createTransformedShape(p);
    }

    /** A strip through the middle of a quad, {@code fraction} of its height: for strike-outs. */
    public static Shape middle(Quad q, PageGeometry g, double fraction) {
        double lo = 0.5 - fraction / 2;
        double hi = 0.5 + fraction / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(q.x3() + (q.x1() - q.x3()) * hi, q.y3() + (q.y1() - q.y3()) * hi);
        p.lineTo(q.x4() + (q.x2() - q.x4()) * hi, q.y4() + (q.y2() - q.y4()) * hi);
        p.lineTo(q.x4() + (q.x2() - q.x4()) * lo, q.y4() + (q.y2() - q.y4()) * lo);
        p.lineTo(q.x3() + (q.x1() - q.x3()) * lo, q.y3() + (q.y1() - q.y3()) * lo);
        p.closePath();
        return g.pageToImage().createTransformedShape(p);
    }
}
