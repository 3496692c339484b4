package dev.gloss.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The few XMP fields a paper's metadata uses (dc:title, dc:creator, dc:identifier,
 * prism:doi, dates), parsed with external entities and DTDs disabled: XMP comes from the file.
 */
final class Xmp {
    private static final Logger LOG = Logger.getLogger(Xmp.class.getName());
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private final Document doc;

    private Xmp(Document doc) {
        this.doc = doc;
    }

    /** Parses XMP bytes; null when absent or unreadable. */
    static Xmp parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > 4_000_000) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return new Xmp(b.parse(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            // XMP is optional and often broken; the info dictionary and page text remain
            LOG.log(Level.FINE, "unreadable XMP", e);
            return null;
        }
    }

    String title() {
        List<String> v = values(DC, "title");
        return v.isEmpty() ? null : v.get(0);
    }

    List<String> creators() {
        return values(DC, "creator");
    }

    /** Text values of every element with this local name in any namespace (e.g. "doi"). */
    List<String> any(String localName) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            collect(nodes.item(i), out);
        }
        // attributes like pdfx:doi="..." on rdf:Description
        NodeList all = doc.getElementsByTagNameNS("*", "Description");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                Node attr = e.getAttributes().item(a);
                if (localName.equals(attr.getLocalName()) && !attr.getNodeValue().isBlank()) {
                    out.add(attr.getNodeValue().strip());
                }
            }
        }
        return out;
    }

    private List<String> values(String ns, String localName) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            collect(nodes.item(i), out);
        }
        return out;
    }

    /** rdf:li values if the property is a container, else its text. */
    private static void collect(Node property, List<String> out) {
        if (!(property instanceof Element e)) {
            return;
        }
        NodeList items = e.getElementsByTagNameNS("*", "li");
        if (items.getLength() > 0) {
            for (int j = 0; j < items.getLength(); j++) {
                String t = items.item(j).getTextContent();
                if (t != null && !t.isBlank()) {
                    out.add(t.strip());
                }
            }
        } else {
            String t = e.getTextContent();
            if (t != null && !t.isBlank()) {
                out.add(t.strip());
            }
        }
    }
}
