package dev.gloss.library.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Export of annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD, context
 * {@code http://www.w3.org/ns/anno.jsonld}); {@link WebAnnotationImport} reads it back.
 * <p>
 * Each annotation targets its PDF by content ({@code urn:sha256:<hash>}) with three selectors: a
 * {@code FragmentSelector} {@code page=N} (RFC 3778; marks without text add
 * {@code &viewrect=left,top,width,height} in points from the crop box's top-left corner), a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector}; an ink mark's strokes add an
 * {@code SvgSelector}, one {@code polyline} per stroke in the same top-left-based points as the
 * viewrect (the SVG's {@code viewBox} is the crop box). The note is a
 * {@code TextualBody} with purpose {@code commenting}, each tag one with purpose
 * {@code tagging}. Kind and colour travel as a CSS style class, e.g. {@code gloss-highlight-yellow}
 * or {@code gloss-underline-ff0000}, defined in the annotation's stylesheet, so a generic
 * client can still draw it. Ids are {@code urn:gloss:annotation:<id>}.
 */
public final class WebAnnotations {
    /** The Web Annotation JSON-LD context. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String ID_PREFIX = "urn:gloss:annotation:";

    private static final Logger LOG = Logger.getLogger(WebAnnotations.class.getName());

    private WebAnnotations() {
    }

    /**
     * Writes the annotations of one paper (id or unique prefix), or of all with null, to {@code out}.
     *
     * @return how many annotations were written
     */
    public static int export(Workspace ws, String paperId, Path out) {
        List<Paper> papers = paperId == null ? ws.papers() : List.of(Papers.find(ws, paperId));
        ObjectNode doc = collection(ws, papers, paperId == null ? null : papers.get(0));
        try {
            AtomicFiles.write(out, Json.pretty(doc));
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_WRITE, out, String.valueOf(e.getMessage()));
        }
        return doc.get("total").asInt();
    }

    /** The collection of the annotations of {@code papers}, in reading order per paper. */
    public static ObjectNode collection(Workspace ws, List<Paper> papers, Paper only) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("@context", CONTEXT);
        c.put("id", only == null ? "urn:gloss:annotations" : "urn:gloss:paper:" + only.id() + ":annotations");
        c.put("type", "AnnotationCollection");
        c.put("label", only == null ? "Gloss annotations" : "Annotations on " + only.displayTitle());
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (Paper p : papers) {
            List<Annotation> anns = ws.annotations(p.id()).stream().sorted(AnnotationOrder.READING).toList();
            Map<Integer, Rect> crops = anns.stream().anyMatch(a -> a.area() != null || !a.ink().isEmpty())
                    ? cropBoxes(ws, p) : Map.of();
            for (Annotation a : anns) {
                items.add(annotation(p, a, crops.get(a.page())));
            }
        }
        c.put("total", items.size());
        ObjectNode page = c.putObject("first");
        page.put("id", c.get("id").asText() + ":page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return c;
    }

    /** One annotation as a Web Annotation. */
    static ObjectNode annotation(Paper paper, Annotation a, Rect crop) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", ID_PREFIX + a.id());
        o.put("type", "Annotation");
        o.put("motivation", motivation(a.type()));
        if (a.created() != null) {
            o.put("created", a.created().toString());
        }
        if (a.modified() != null) {
            o.put("modified", a.modified().toString());
        }
        if (a.author() != null) {
            ObjectNode creator = o.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", a.author());
        }
        ObjectNode generator = o.putObject("generator");
        generator.put("type", "Software");
        generator.put("name", "Gloss");
        ArrayNode bodies = Json.MAPPER.createArrayNode();
        if (a.note() != null) {
            ObjectNode b = bodies.addObject();
            b.put("type", "TextualBody");
            b.put("value", a.note());
            b.put("format", "text/plain");
            b.put("purpose", "commenting");
        }
        for (String tag : a.tags()) {
            ObjectNode b = bodies.addObject();
            b.put("type", "TextualBody");
            b.put("value", tag);
            b.put("purpose", "tagging");
        }
        if (!bodies.isEmpty()) {
            o.set("body", bodies);
        }
        String style = styleClass(a);
        ObjectNode css = o.putObject("stylesheet");
        css.put("type", "CssStylesheet");
        css.put("value", css(style, a));
        ObjectNode target = o.putObject("target");
        target.put("source", "urn:sha256:" + paper.sha256());
        target.put("styleClass", style);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode fragment = selectors.addObject();
        fragment.put("type", "FragmentSelector");
        fragment.put("conformsTo", "http://tools.ietf.org/rfc/rfc3778");
        String value = "page=" + a.page();
        if (a.area() != null && crop != null) {
            Rect r = a.area();
            value += String.format(Locale.ROOT, "&viewrect=%.2f,%.2f,%.2f,%.2f", r.left() - crop.left(),
                    crop.top() - r.top(), r.width(), r.height());
        }
        fragment.put("value", value);
        if (!a.ink().isEmpty() && crop != null) {
            ObjectNode svg = selectors.addObject();
            svg.put("type", "SvgSelector");
            svg.put("value", svg(a, crop));
        }
        if (a.quote() != null && a.quote().exact() != null) {
            ObjectNode q = selectors.addObject();
            q.put("type", "TextQuoteSelector");
            q.put("exact", a.quote().exact());
            if (a.quote().prefix() != null) {
                q.put("prefix", a.quote().prefix());
            }
            if (a.quote().suffix() != null) {
                q.put("suffix", a.quote().suffix());
            }
        }
        if (a.position() != null) {
            ObjectNode p = selectors.addObject();
            p.put("type", "TextPositionSelector");
            p.put("start", a.position().start());
            p.put("end", a.position().end());
        }
        return o;
    }

    /** The strokes as SVG polylines, in points from the crop box's top-left corner. */
    static String svg(Annotation a, Rect crop) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.2f %.2f\">", crop.width(), crop.height()));
        for (InkStroke s : a.ink()) {
            b.append("<polyline fill=\"none\" stroke=\"").append(Palette.pdfHex(a.color())).append("\" points=\"");
            for (int i = 0; i < s.size(); i++) {
                b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f,%.2f", s.x(i) - crop.left(),
                        crop.top() - s.y(i)));
            }
            b.append("\"/>");
        }
        return b.append("</svg>").toString();
    }

    private static String motivation(AnnotationType t) {
        return switch (t) {
            case NOTE, FREETEXT -> "commenting";
            case CLIP -> "identifying";
            default -> "highlighting";
        };
    }

    /** {@code gloss-<kind>-<colour>}, the colour a name or six hex digits. */
    static String styleClass(Annotation a) {
        String color = a.color() == null ? Palette.DEFAULT : a.color();
        return "gloss-" + a.type().name().toLowerCase(Locale.ROOT) + "-" + (color.startsWith("#") ? color.substring(1) : color);
    }

    private static String css(String style, Annotation a) {
        String hex = Palette.pdfHex(a.color());
        String rule = switch (a.type()) {
            case UNDERLINE -> "text-decoration: underline " + hex;
            case STRIKEOUT -> "text-decoration: line-through " + hex;
            case SQUIGGLY -> "text-decoration: underline wavy " + hex;
            case HIGHLIGHT -> "background-color: " + hex;
            default -> "border: 2px solid " + hex;
        };
        return "." + style + " { " + rule + "; }";
    }

    private static Map<Integer, Rect> cropBoxes(Workspace ws, Paper p) {
        Map<Integer, Rect> out = new HashMap<>();
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(p))) {
            for (int i = 1; i <= pdf.pageCount(); i++) {
                out.put(i, pdf.cropBox(i));
            }
        } catch (PdfException e) {
            // without the page boxes, areas are left out of the selectors; the rest is exported
            LOG.log(Level.INFO, "No page boxes for " + p.id() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
