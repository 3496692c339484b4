package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Outline, page labels and links, read defensively: a hostile file may loop its outline or
 * point links anywhere, so walks are bounded and only GoTo jumps and web/mail URIs survive.
 */
final class Navigation {
    private static final Logger LOG = Logger.getLogger(Navigation.class.getName());
    private static final int MAX_OUTLINE_ITEMS = 20_000;
    private static final int MAX_OUTLINE_DEPTH = 32;
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp");

    private Navigation() {
    }

    static List<OutlineItem> outline(PDDocument doc) {
        try {
            PDDocumentOutline root = doc.getDocumentCatalog().getDocumentOutline();
            if (root == null) {
                return List.of();
            }
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            int[] budget = {MAX_OUTLINE_ITEMS};
            return children(doc, root.getFirstChild(), 0, seen, budget);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable outline", e);
            return List.of();
        }
    }

    private static List<OutlineItem> children(PDDocument doc, PDOutlineItem first, int depth, Set<COSDictionary> seen, int[] budget) throws IOException {
        List<OutlineItem> out = new ArrayList<>();
        if (depth > MAX_OUTLINE_DEPTH) {
            return out;
        }
        for (PDOutlineItem item = first; item != null && budget[0] > 0; item = item.getNextSibling()) {
            if (!seen.add(item.getCOSObject())) {
                break;
            }
            budget[0]--;
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            int page = 0;
            double top = Double.NaN;
            try {
                page = pageOf(doc, item.findDestinationPage(doc));
                top = page > 0 ? top(doc, item) : Double.NaN;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "outline item without a readable destination", e);
            }
            out.add(new OutlineItem(title, page, top, children(doc, item.getFirstChild(), depth + 1, seen, budget)));
        }
        return out;
    }

    /** The height an outline item points at on its page (XYZ, FitH, FitBH, FitR), or NaN for the whole page. */
    private static double top(PDDocument doc, PDOutlineItem item) throws IOException {
        PDDestination dest = item.getDestination();
        if (dest == null && item.getAction() instanceof PDActionGoTo goTo) {
            dest = goTo.getDestination();
        }
        if (dest instanceof PDNamedDestination named) {
            dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        int top = -1;
        if (dest instanceof PDPageXYZDestination xyz) {
            top = xyz.getTop();
        } else if (dest instanceof PDPageFitWidthDestination fh) {
            top = fh.getTop();
        } else if (dest instanceof PDPageFitRectangleDestination fr) {
            top = fr.getTop();
        }
        // -1: "keep the current height" (a null in the file), which for a bookmark means its page
        return top < 0 ? Double.NaN : top;
    }

    private static int pageOf(PDDocument doc, PDPage page) {
        return page == null ? 0 : doc.getPages().indexOf(page) + 1;
    }

    static String[] labels(PDDocument doc, int pageCount) {
        try {
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            if (labels != null) {
                String[] l = labels.getLabelsByPageIndices();
                if (l != null) {
                    return l;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable page labels", e);
        }
        return new String[0];
    }

    static List<PdfLink> links(PDDocument doc, int page) {
        List<PdfLink> out = new ArrayList<>();
        List<PDAnnotation> annotations;
        try {
            annotations = doc.getPage(page - 1).getAnnotations();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable annotations on page " + page, e);
            return out;
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        for (PDAnnotation a : annotations) {
            if (!(a instanceof PDAnnotationLink link)) {
                continue;
            }
            try {
                PDRectangle r = link.getRectangle();
                if (r == null) {
                    continue;
                }
                Rect area = new Rect(Math.min(r.getLowerLeftX(), r.getUpperRightX()), Math.min(r.getLowerLeftY(), r.getUpperRightY()),
                        Math.max(r.getLowerLeftX(), r.getUpperRightX()), Math.max(r.getLowerLeftY(), r.getUpperRightY()));
                PDAction action = link.getAction();
                PDDestination dest = null;
                if (action instanceof PDActionURI uriAction) {
                    String uri = safeUri(uriAction.getURI());
                    if (uri != null) {
                        out.add(new PdfLink(area, 0, Double.NaN, uri));
                    }
                    continue;
                } else if (action instanceof PDActionGoTo goTo) {
                    dest = goTo.getDestination();
                } else if (action == null) {
                    dest = link.getDestination();
                }
                // any other action (Launch, JavaScript, GoToR, Named...) is ignored on purpose
                PdfLink internal = internal(doc, catalog, area, dest);
                if (internal != null) {
                    out.add(internal);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "unreadable link on page " + page, e);
            }
        }
        return out;
    }

    private static PdfLink internal(PDDocument doc, PDDocumentCatalog catalog, Rect area, PDDestination dest) throws IOException {
        String name = null;
        if (dest instanceof PDNamedDestination named) {
            name = named.getNamedDestination();
            dest = catalog.findNamedDestinationPage(named);
        }
        if (!(dest instanceof PDPageDestination pd)) {
            return null;
        }
        int target = pd.getPage() != null ? pageOf(doc, pd.getPage()) : pd.getPageNumber() + 1;
        if (target < 1 || target > doc.getNumberOfPages()) {
            return null;
        }
        int top = -1;
        int left = -1;
        if (pd instanceof PDPageXYZDestination xyz) {
            top = xyz.getTop();
            left = xyz.getLeft();
        } else if (pd instanceof PDPageFitWidthDestination fh) {
            top = fh.getTop();
        } else if (pd instanceof PDPageFitRectangleDestination fr) {
            top = fr.getTop();
            left = fr.getLeft();
        }
        return new PdfLink(area, target, top < 0 ? Double.NaN : top, null, left < 0 ? Double.NaN : left,
                name == null || name.isBlank() ? null : name);
    }

    /** The URI if it is a web or mail address, else null. */
    static String safeUri(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String u = uri.strip();
        try {
            String scheme = new URI(u.replace(" ", "%20")).getScheme();
            if (scheme == null) {
                // "www.example.org" written without a scheme
                return u.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + u : null;
            }
            return SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) ? u : null;
        } catch (java.net.URISyntaxException e) {
            LOG.log(Level.FINE, "unparseable link URI", e);
            return null;
        }
    }
}
