package dev.gloss.sources;

import dev.gloss.workspace.PaperSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the Atom feed of arXiv's API ({@code export.arxiv.org/api/query?id_list=ID}) as its
 * user manual documents it: one {@code <entry>} per paper (title, id with version, published =
 * first version, updated = this version, summary, authors with {@code arxiv:affiliation},
 * categories and {@code arxiv:primary_category}, {@code arxiv:doi}, {@code arxiv:journal_ref},
 * {@code arxiv:comment}); an error is a single entry whose id is under {@code /api/errors}; an
 * unknown id gives no entry. Both the older shape (namespaces on each element, http links) and
 * the newer (namespaces on the feed, https links) are read. No DOCTYPE is accepted.
 */
final class ArxivFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final Pattern ID = Pattern.compile("/abs/(.+?)(?:v(\\d+))?$");

    private ArxivFeed() {
    }

    /**
     * The entry of {@code askedId} (without version).
     *
     * @throws SourceException NO_SUCH_ARXIV, ARXIV_SAID, or UNREADABLE_ANSWER
     */
    static SourceMetadata parse(byte[] atom, String askedId) throws SourceException {
        Document doc = read(atom);
        NodeList entries = doc.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        SourceMetadata found = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String id = text(e, ATOM, "id");
            if (id != null && id.contains("/api/errors")) {
                throw new SourceException(SourceException.Reason.ARXIV_SAID, askedId, text(e, ATOM, "summary"));
            }
            SourceMetadata m = entry(e);
            if (m != null && m.arxivId() != null && m.arxivId().equalsIgnoreCase(askedId)) {
                found = m;
            }
        }
        if (found == null || !found.hasTitle()) {
            throw new SourceException(SourceException.Reason.NO_SUCH_ARXIV, askedId);
        }
        return found;
    }

    private static SourceMetadata entry(Element e) {
        String rawId = text(e, ATOM, "id");
        if (rawId == null) {
            return null;
        }
        Matcher m = ID.matcher(rawId);
        if (!m.find()) {
            return null;
        }
        String id = m.group(1);
        Integer version = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        List<PaperSource.Author> authors = new ArrayList<>();
        for (Element a : children(e, ATOM, "author")) {
            String name = text(a, ATOM, "name");
            if (name == null) {
                continue;
            }
            List<String> affiliations = new ArrayList<>();
            for (Element af : children(a, ARXIV, "affiliation")) {
                String t = collapse(af.getTextContent());
                if (!t.isEmpty()) {
                    affiliations.add(t);
                }
            }
            authors.add(new PaperSource.Author(name, affiliations));
        }
        String primary = null;
        for (Element p : children(e, ARXIV, "primary_category")) {
            primary = blankToNull(p.getAttribute("term"));
        }
        List<String> categories = new ArrayList<>();
        if (primary != null) {
            categories.add(primary);
        }
        for (Element c : children(e, ATOM, "category")) {
            String term = blankToNull(c.getAttribute("term"));
            if (term != null && !categories.contains(term)) {
                categories.add(term);
            }
        }
        String published = date(text(e, ATOM, "published"));
        String updated = date(text(e, ATOM, "updated"));
        Integer year = published == null ? null : Integer.valueOf(published.substring(0, 4));
        String doi = text(e, ARXIV, "doi");
        return new SourceMetadata(Origin.ARXIV, text(e, ATOM, "title"), authors, text(e, ATOM, "summary"), published,
                updated, year, id, version, doi, primary, categories, text(e, ARXIV, "journal_ref"),
                text(e, ARXIV, "comment"), null, null, "https://arxiv.org/abs/" + id);
    }

    static Document read(byte[] xml) throws SourceException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SourceException(e, SourceException.Reason.UNREADABLE_ANSWER, Origin.ARXIV.shown());
        }
    }

    /** The direct children of {@code parent} named {@code ns:local}. */
    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && ns.equals(c.getNamespaceURI()) && local.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element parent, String ns, String local) {
        for (Element c : children(parent, ns, local)) {
            String t = collapse(c.getTextContent());
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /** Whitespace (the feed's line wrapping) collapsed to single spaces. */
    static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The date part of an Atom date-time ({@code 2017-06-12T17:57:34Z} → {@code 2017-06-12}). */
    private static String date(String dateTime) {
        return dateTime == null || dateTime.length() < 10 ? null : dateTime.substring(0, 10);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
