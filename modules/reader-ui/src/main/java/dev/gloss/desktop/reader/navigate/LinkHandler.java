package dev.gloss.desktop.reader.navigate;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.pdf.PdfLink;
import dev.gloss.workspace.Rect;
import java.awt.Desktop;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.HtmlBrowser;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Finds and follows the links of pages: an internal link scrolls the view, an external one
 * opens the browser only after the user has seen the address and agreed.
 */
@NbBundle.Messages({
    "TITLE_OpenLink=Open Link",
    "# {0} - address",
    "MSG_OpenLink=<html>Open this address in your web browser?<br><br><b>{0}</b></html>",
    "# {0} - address",
    "MSG_CannotOpenLink=No web browser could open {0}",
    "# {0} - page label",
    "TIP_GoToPage=Go to page {0}"
})
public final class LinkHandler {
    private static final Logger LOG = Logger.getLogger(LinkHandler.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss reader: links", 1);
    private final PageView view;
    private final OpenDocument doc;

    public LinkHandler(PageView view) {
        this.view = view;
        this.doc = view.document();
    }

    /** The link at a page-space point, if the page's links are read; else starts reading them. */
    public PdfLink linkAt(int page, Point2D p) {
        List<PdfLink> links = doc.linksIfRead(page);
        if (links == null) {
            RP.post(() -> doc.links(page));
            return null;
        }
        for (PdfLink l : links) {
            Rect a = l.area();
            if (p.getX() >= a.left() && p.getX() <= a.right() && p.getY() >= a.bottom() && p.getY() <= a.top()) {
                return l;
            }
        }
        return null;
    }

    /** The tooltip for a link: its address, or the page it goes to. */
    public String describe(PdfLink link) {
        if (link.external()) {
            return link.uri();
        }
        return Bundle.TIP_GoToPage(doc.label(Math.max(1, Math.min(doc.pageCount(), link.targetPage()))));
    }

    /** Follows a link: an internal one is a jump (Back returns), an external one asks first. */
    public void follow(PdfLink link) {
        if (!link.external()) {
            if (link.targetPage() >= 1 && link.targetPage() <= doc.pageCount()) {
                view.jump(() -> view.goTo(link.targetPage(), link.targetTop()));
            }
            return;
        }
        open(link.uri());
    }

    /** Opens a web address in the browser after the user has seen it and agreed. */
    public void open(String uri) {
        NotifyDescriptor.Confirmation ask = new NotifyDescriptor.Confirmation(
                Bundle.MSG_OpenLink(escape(uri)), Bundle.TITLE_OpenLink(), NotifyDescriptor.OK_CANCEL_OPTION,
                NotifyDescriptor.QUESTION_MESSAGE);
        if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.OK_OPTION) {
            RP.post(() -> browse(uri));
        }
    }

    private static void browse(String uri) {
        try {
            URI u = new URI(uri);
            if (Desktop.isDesktopSupported()) {
                Desktop d = Desktop.getDesktop();
                if (u.getScheme() != null && u.getScheme().equalsIgnoreCase("mailto") && d.isSupported(Desktop.Action.MAIL)) {
                    d.mail(u);
                    return;
                }
                if (d.isSupported(Desktop.Action.BROWSE)) {
                    d.browse(u);
                    return;
                }
            }
            URL url = u.toURL();
            SwingUtilities.invokeLater(() -> HtmlBrowser.URLDisplayer.getDefault().showURLExternal(url));
        } catch (IOException | URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "Cannot open " + uri, e);
            SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Bundle.MSG_CannotOpenLink(uri)));
        }
    }

    private static String escape(String s) {
        String t = s.length() > 200 ? s.substring(0, 197) + "..." : s;
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
