package dev.gloss.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDFBox's parser with two things other readers do as well. A file whose encryption covers only
 * its embedded files ({@code /StmF} and {@code /StrF} both {@code /Identity}, ISO 32000-2
 * §7.6.5: its pages and strings are stored in the clear) opens without the password, as poppler
 * and pdf.js open it; only its attachments stay locked. And the page tree's declared
 * {@code /Count} is kept before PDFBox recounts the tree of a file whose cross-reference table it
 * had to rebuild, so that {@link PageTree} can tell the pages the file claims from those it holds.
 */
final class GlossParser extends PDFParser {
    private static final Logger LOG = Logger.getLogger(GlossParser.class.getName());
    /** The password security handler's name (ISO 32000-2 §7.6.4). */
    private static final COSName STANDARD = COSName.getPDFName("Standard");
    private long declaredCount = -1;
    private boolean attachmentsLocked;
    /** Set when the trailer was read as written: PDFBox prepares decryption only on that path. */
    private boolean trailerAsWritten;

    private GlossParser(RandomAccessRead source, String password) throws IOException {
        super(source, password, null, null, IOUtils.createMemoryOnlyStreamCache());
    }

    /** A parsed file and what the parser saw on the way. */
    /**
     * @param xrefRebuilt whether the cross-reference table or trailer was missing or unreadable,
     *                    so that PDFBox rebuilt them by scanning the whole file (a truncated file)
     */
    record Parsed(PDDocument doc, long declaredCount, boolean attachmentsLocked, boolean xrefRebuilt) {
    }

    /** Parses {@code file} (leniently, as {@code Loader.loadPDF} does) with {@code password} ("" for none). */
    static Parsed parse(Path file, String password) throws IOException {
        RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            GlossParser parser = new GlossParser(source, password);
            PDDocument doc = parser.parse();
            doc.setResourceCache(new ProfileSharingCache());
            return new Parsed(doc, parser.declaredCount, parser.attachmentsLocked,
                    !parser.trailerAsWritten);
        } catch (IOException | RuntimeException | Error e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    @Override
    protected void prepareDecryption() throws IOException {
        // PDFBox 3 calls this from retrieveTrailer only when it did not rebuild the trailer
        trailerAsWritten = true;
        try {
            super.prepareDecryption();
        } catch (InvalidPasswordException e) {
            if (!onlyEmbeddedFilesEncrypted(document.getEncryptionDictionary())) {
                throw e;
            }
            // without a handler PDFBox decrypts nothing: the pages are read as they are stored
            securityHandler = null;
            attachmentsLocked = true;
            LOG.log(Level.FINE, "only the embedded files are encrypted; the pages open without a password");
        }
    }

    /**
     * Whether a standard security handler of version 4 or later leaves streams and strings alone
     * (their filters are Identity, the default when absent), so that only embedded files, under
     * {@code /EFF}, are encrypted.
     */
    static boolean onlyEmbeddedFilesEncrypted(COSDictionary encrypt) {
        if (encrypt == null || !STANDARD.equals(encrypt.getCOSName(COSName.FILTER))) {
            return false;
        }
        if (encrypt.getInt(COSName.V, 0) < 4) {
            return false;
        }
        return identity(encrypt.getCOSName(COSName.STM_F)) && identity(encrypt.getCOSName(COSName.STR_F));
    }

    private static boolean identity(COSName filter) {
        return filter == null || COSName.IDENTITY.equals(filter);
    }

    @Override
    protected void checkPages(COSDictionary root) throws IOException {
        COSDictionary pages = root.getCOSDictionary(COSName.PAGES);
        if (pages != null) {
            COSBase count = pages.getDictionaryObject(COSName.COUNT);
            declaredCount = count instanceof COSInteger i && i.longValue() >= 0 ? i.longValue() : -1;
        }
        super.checkPages(root);
    }
}
