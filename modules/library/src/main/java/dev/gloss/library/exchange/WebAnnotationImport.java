package dev.gloss.library.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.library.anchor.Anchoring;
import dev.gloss.library.anchor.Annotator;
import dev.gloss.library.anchor.Clips;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.InkStroke;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Palette;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.TextPositionSelector;
import dev.gloss.workspace.TextQuoteSelector;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads W3C Web Annotations (JSON-LD: an AnnotationCollection, an AnnotationPage, a list or a
 * single Annotation, such as {@link WebAnnotations} writes) onto a paper. Each is re-anchored in
 * the paper's text layer (see {@link Anchoring}), so annotations made on another extraction, or
 * by another tool that only knows the quote (such as Hypothesis), get their quads; one whose text
 * cannot be found is kept as orphaned. An annotation whose Gloss id is already in the workspace,
 * whose foreign id was imported before, or that the paper already has under another id (same
 * kind, page, quote, note and tags) is skipped, so importing twice adds nothing. Ink strokes come
 * from an {@code SvgSelector}'s polylines; a clip's PNG is drawn again from its page area.
 */
public final class WebAnnotationImport {
    private static final Pattern PAGE = Pattern.compile("(?:^|[&#])page=(\\d+)");
    private static final Pattern VIEWRECT = Pattern.compile("viewrect=([-\\d.]+),([-\\d.]+),([-\\d.]+),([-\\d.]+)");
    private static final Pattern STYLE = Pattern.compile("gloss-([a-z]+)-([a-z]+|[0-9a-f]{6})");
    private static final Pattern POLYLINE = Pattern.compile("<polyline\\b[^>]*?\\bpoints\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Logger LOG = Logger.getLogger(WebAnnotationImport.class.getName());

    /**
     * What an import did.
     *
     * @param imported annotations added
     * @param skipped  annotations already in the workspace
     * @param orphaned of those added, how many could not be found in the text (kept, marked by no quads)
     * @param problems one per item that could not be read: why (an {@code ANNOTATION_SKIPPED} reason)
     */
    public record Result(int imported, int skipped, int orphaned, List<LibraryException> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private WebAnnotationImport() {
    }

    /**
     * Imports the annotations in {@code file} onto a paper (id or unique prefix).
     *
     * @param password the paper's password, or null
     * @throws LibraryException if the file is not JSON, holds no annotations, or the paper's PDF cannot be read
     */
    public static Result importFile(Workspace ws, String paperId, Path file, char[] password) {
        Paper paper = Papers.find(ws, paperId);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new LibraryException(e, LibraryException.Reason.NOT_JSON, file.getFileName(), e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_READ, file.getFileName(), String.valueOf(e.getMessage()));
        }
        List<JsonNode> items = items(root);
        if (items.isEmpty()) {
            throw new LibraryException(LibraryException.Reason.NO_WEB_ANNOTATIONS, file.getFileName());
        }
        Set<String> knownIds = new HashSet<>();
        ws.annotations().forEach(a -> knownIds.add(a.id()));
        Set<String> knownSources = new HashSet<>();
        ws.annotations(paper.id()).forEach(a -> {
            if (a.source() != null) {
                knownSources.add(a.source());
            }
        });
        List<Annotation> existing = new ArrayList<>(ws.annotations(paper.id()));
        int imported = 0;
        int skipped = 0;
        int orphaned = 0;
        List<LibraryException> problems = new ArrayList<>();
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(paper), password)) {
            int n = 0;
            for (JsonNode item : items) {
                n++;
                String iri = item.path("id").asText("");
                String glossId = iri.startsWith(WebAnnotations.ID_PREFIX) ? iri.substring(WebAnnotations.ID_PREFIX.length()) : null;
                boolean ownId = glossId != null && Ids.isSafe(glossId);
                String source = ownId || iri.isEmpty() ? null : "jsonld:" + iri;
                if ((ownId && knownIds.contains(glossId)) || (source != null && knownSources.contains(source))) {
                    skipped++;
                    continue;
                }
                Annotation a;
                try {
                    a = read(item, paper, ownId ? glossId : Ids.newId(), source, pdf);
                } catch (LibraryException e) {
                    problems.add(iri.isEmpty() ? new LibraryException(LibraryException.Reason.ANNOTATION_SKIPPED, n, e)
                            : new LibraryException(LibraryException.Reason.ANNOTATION_SKIPPED_IRI, n, iri, e));
                    continue;
                }
                if (sameAsExisting(a, existing)) {
                    skipped++;
                    continue;
                }
                if (!a.exact().isBlank()) {
                    Anchoring.Anchored anchored = Anchoring.reanchor(a, pdf);
                    a = anchored.annotation();
                    if (anchored.status() == Anchoring.Status.ORPHANED) {
                        orphaned++;
                        if (a.page() < 1) {
                            a = a.withAnchor(1, a.position(), a.quads());
                        }
                    }
                }
                if (a.type() == AnnotationType.CLIP && a.area() != null && a.page() >= 1) {
                    a = withImage(ws, a, pdf);
                }
                ws.save(Kind.ANNOTATIONS, a);
                knownIds.add(a.id());
                existing.add(a);
                imported++;
            }
        } catch (PdfException e) {
            throw LibraryException.of(e);
        }
        return new Result(imported, skipped, orphaned, problems);
    }

    /** The clip with its PNG drawn from the page and saved; without one when the area cannot be drawn. */
    private static Annotation withImage(Workspace ws, Annotation a, PdfDocument pdf) {
        try {
            String path = Clips.path(ws, a.paperId(), a.id());
            Clips.write(ws, path, Clips.renderPng(pdf, a.page(), a.area()));
            return new Annotation(a.id(), a.paperId(), a.type(), a.page(), a.color(), a.quote(), a.position(), a.quads(),
                    a.area(), path, a.note(), a.tags(), a.author(), a.source(), a.created(), a.modified(), a.ink(), a.textBox());
        } catch (PdfException | LibraryException e) {
            // kept as a clip without an image: it can be clipped again in the reader
            LOG.log(Level.INFO, "No image for the clip on page " + a.page() + ": " + e.getMessage(), e);
            return a;
        }
    }

    /**
     * Whether the paper already has this annotation under another id (the same demo highlight in
     * two workspaces, or a file imported into a copy of the workspace): same kind, page, quote,
     * note and tags.
     */
    private static boolean sameAsExisting(Annotation a, List<Annotation> existing) {
        for (Annotation e : existing) {
            if (e.type() == a.type() && e.page() == a.page() && e.exact().equals(a.exact())
                    && java.util.Objects.equals(e.note(), a.note()) && e.tags().equals(a.tags())
                    && (!a.exact().isBlank() || java.util.Objects.equals(e.area(), a.area()))) {
                return true;
            }
        }
        return false;
    }

    /** The annotations of a collection, a page, a list or a single annotation. */
    static List<JsonNode> items(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(n -> out.addAll(items(n)));
        } else if (root.has("first")) {
            out.addAll(items(root.get("first")));
        } else if (root.has("items")) {
            out.addAll(items(root.get("items")));
        } else if (root.isObject() && (root.has("target") || "Annotation".equals(root.path("type").asText()))) {
            out.add(root);
        }
        return out;
    }

    private static Annotation read(JsonNode item, Paper paper, String id, String source, PdfDocument pdf)
            throws PdfException {
        JsonNode target = item.path("target");
        if (target.isArray()) {
            target = target.path(0);
        }
        int page = 0;
        double[] viewrect = null;
        TextQuoteSelector quote = null;
        TextPositionSelector position = null;
        String svg = null;
        for (JsonNode sel : selectors(target)) {
            String type = sel.path("type").asText();
            if (type.equals("FragmentSelector")) {
                String v = sel.path("value").asText();
                Matcher m = PAGE.matcher(v);
                if (m.find()) {
                    page = Integer.parseInt(m.group(1));
                }
                Matcher r = VIEWRECT.matcher(v);
                if (r.find()) {
                    // left, top (from the top of the crop box), width, height
                    viewrect = new double[] {Double.parseDouble(r.group(1)), Double.parseDouble(r.group(2)),
                        Double.parseDouble(r.group(3)), Double.parseDouble(r.group(4))};
                }
            } else if (type.equals("SvgSelector") && sel.hasNonNull("value")) {
                svg = sel.get("value").asText();
            } else if (type.equals("TextQuoteSelector") && sel.hasNonNull("exact")) {
                quote = new TextQuoteSelector(sel.get("exact").asText(), text(sel, "prefix"), text(sel, "suffix"));
            } else if (type.equals("TextPositionSelector") && sel.has("start") && sel.has("end")) {
                int s = sel.get("start").asInt();
                int e = sel.get("end").asInt();
                if (s >= 0 && e >= s) {
                    position = new TextPositionSelector(s, e);
                }
            }
        }
        if (page > pdf.pageCount()) {
            throw new LibraryException(LibraryException.Reason.PAGE_BEYOND_PAPER, page, pdf.pageCount());
        }
        String motivation = item.path("motivation").isArray() ? item.path("motivation").path(0).asText()
                : item.path("motivation").asText("");
        AnnotationType type = quote != null ? AnnotationType.HIGHLIGHT
                : motivation.equals("identifying") ? AnnotationType.CLIP : AnnotationType.NOTE;
        String color = Palette.DEFAULT;
        Matcher style = STYLE.matcher(target.path("styleClass").asText(""));
        if (style.find()) {
            type = type(style.group(1), type);
            color = Annotator.color(style.group(2).matches("[0-9a-f]{6}") ? "#" + style.group(2) : style.group(2));
        }
        if (quote == null && page < 1) {
            throw new LibraryException(LibraryException.Reason.NO_TARGET);
        }
        Rect area = null;
        if (viewrect != null && page >= 1) {
            Rect crop = pdf.cropBox(page);
            double left = crop.left() + viewrect[0];
            double top = crop.top() - viewrect[1];
            area = new Rect(left, top - viewrect[3], left + viewrect[2], top);
        }
        List<InkStroke> ink = type == AnnotationType.INK && svg != null && page >= 1 ? strokes(svg, pdf.cropBox(page))
                : List.of();
        if (area == null && !ink.isEmpty()) {
            area = InkStroke.bounds(ink);
        }
        String note = null;
        List<String> tags = new ArrayList<>();
        for (JsonNode body : bodies(item)) {
            String value = body.isTextual() ? body.asText() : body.path("value").asText(null);
            if (value == null || value.isBlank()) {
                continue;
            }
            String purpose = body.path("purpose").asText(motivation.equals("tagging") ? "tagging" : "commenting");
            if (purpose.equals("tagging")) {
                tags.add(value.strip());
            } else {
                note = note == null ? value : note + "\n\n" + value;
            }
        }
        JsonNode creator = item.path("creator");
        String author = creator.isTextual() ? creator.asText() : creator.path("name").asText(null);
        Instant created = instant(item.path("created").asText(null));
        Instant modified = instant(item.path("modified").asText(null));
        Instant now = Instant.now();
        return new Annotation(id, paper.id(), type, page, color, quote, position, List.of(), area, null, note, tags,
                author, source, created != null ? created : now, modified != null ? modified : created != null ? created : now,
                ink);
    }

    /** The polylines of an SVG selector (points from the crop box's top-left) in PDF user space. */
    static List<InkStroke> strokes(String svg, Rect crop) {
        List<InkStroke> out = new ArrayList<>();
        Matcher m = POLYLINE.matcher(svg);
        while (m.find()) {
            String[] v = m.group(1).strip().split("[\\s,]+");
            int n = v.length - v.length % 2;
            if (n < 2) {
                continue;
            }
            double[] xy = new double[n];
            try {
                for (int i = 0; i < n; i += 2) {
                    xy[i] = crop.left() + Double.parseDouble(v[i]);
                    xy[i + 1] = crop.top() - Double.parseDouble(v[i + 1]);
                }
            } catch (NumberFormatException e) {
                // a stroke that is not numbers is left out; the mark keeps the others and its area
                LOG.log(Level.FINE, "Unreadable polyline in an SvgSelector", e);
                continue;
            }
            out.add(InkStroke.of(xy));
        }
        return out;
    }

    private static AnnotationType type(String name, AnnotationType fallback) {
        try {
            return AnnotationType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static List<JsonNode> selectors(JsonNode target) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode sel = target.path("selector");
        if (sel.isArray()) {
            sel.forEach(out::add);
        } else if (sel.isObject()) {
            out.add(sel);
            // a refinedBy chain carries more selectors
            for (JsonNode r = sel.path("refinedBy"); r.isObject(); r = r.path("refinedBy")) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<JsonNode> bodies(JsonNode item) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode b = item.path("body");
        if (b.isArray()) {
            b.forEach(out::add);
        } else if (!b.isMissingNode() && !b.isNull()) {
            out.add(b);
        }
        if (item.has("bodyValue")) {
            out.add(item.get("bodyValue"));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                // an unreadable date is treated as unknown; the import time stands in for it
                return null;
            }
        }
    }
}
