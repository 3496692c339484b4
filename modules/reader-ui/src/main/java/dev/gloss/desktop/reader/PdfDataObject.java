package dev.gloss.desktop.reader;

import java.io.IOException;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.MIMEResolver;
import org.openide.loaders.DataNode;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectExistsException;
import org.openide.loaders.MultiDataObject;
import org.openide.loaders.MultiFileLoader;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.NbBundle;

/**
 * PDF as a file type of the platform: whatever opens a {@code .pdf} through its data object's
 * {@link OpenCookie} (the library, File > Open, recent files, a drop, the command line) gets a
 * reader tab, one per file.
 */
@MIMEResolver.ExtensionRegistration(displayName = "#LBL_Pdf_LOADER", mimeType = PdfDataObject.MIME,
        extension = {"pdf", "PDF"}, position = 2100)
@DataObject.Registration(mimeType = PdfDataObject.MIME, iconBase = "dev/gloss/desktop/reader/pdf.png",
        displayName = "#LBL_Pdf_LOADER", position = 300)
@NbBundle.Messages("LBL_Pdf_LOADER=PDF Documents")
public final class PdfDataObject extends MultiDataObject {
    private static final long serialVersionUID = 1L;
    public static final String MIME = "application/pdf";

    public PdfDataObject(FileObject file, MultiFileLoader loader) throws DataObjectExistsException, IOException {
        super(file, loader);
        getCookieSet().add((OpenCookie) () -> ReaderTopComponent.openFor(this));
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    @Override
    protected Node createNodeDelegate() {
        return new DataNode(this, Children.LEAF, getLookup());
    }
}
