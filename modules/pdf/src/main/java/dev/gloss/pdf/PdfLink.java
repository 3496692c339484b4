package dev.gloss.pdf;

import dev.gloss.workspace.Rect;

/**
 * A link annotation of a page. Only two kinds are reported: internal jumps (GoTo, named
 * destinations) and external URIs. Launch, JavaScript and other actions are never reported,
 * so nothing a file contains can be executed through them.
 *
 * @param area       the clickable area in page space
 * @param targetPage the page an internal link goes to, from 1; 0 for an external link
 * @param targetTop  the y (page space) the internal link scrolls to, NaN when unspecified
 * @param uri        the address of an external link, null for an internal one
 * @param targetLeft the x (page space) the internal link scrolls to, NaN when unspecified
 * @param destination the name of an internal link's named destination ({@code cite.smith2020},
 *                   {@code figure.3}), null when the link names none
 */
public record PdfLink(Rect area, int targetPage, double targetTop, String uri, double targetLeft, String destination) {
    /** A link without a known left edge or destination name. */
    public PdfLink(Rect area, int targetPage, double targetTop, String uri) {
        this(area, targetPage, targetTop, uri, Double.NaN, null);
    }

    /** True for a link to a web address (or other URI) outside the document. */
    public boolean external() {
        return uri != null;
    }
}
