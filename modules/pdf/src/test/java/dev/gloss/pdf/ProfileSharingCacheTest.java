package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one ICC profile (pdfTeX copies each included figure's) make one colour space, as
 * the first copy would; another profile, or the same bytes with another alternate, makes its
 * own; and the page looks as PDFBox draws it.
 */
class ProfileSharingCacheTest {
    private static final byte[] LINEAR_RGB = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
    private static final byte[] GRAY = ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData();
    @TempDir
    Path dir;

    /** Colour spaces /A and /B: copies of the linear RGB profile; /C: a grey profile; /D: a copy of the first with an alternate. */
    private Path spaces() throws IOException {
        Path file = dir.resolve("profiles.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            COSDictionary spaces = new COSDictionary();
            spaces.setItem("A", icc(doc, LINEAR_RGB, 3, null));
            spaces.setItem("B", icc(doc, LINEAR_RGB, 3, null));
            spaces.setItem("C", icc(doc, GRAY, 1, null));
            spaces.setItem("D", icc(doc, LINEAR_RGB, 3, COSName.DEVICERGB));
            resources.getCOSObject().setItem(COSName.COLORSPACE, spaces);
            // each space filled with a colour of its own
            String ops = "/A cs 0.2 0.5 0.8 sc 40 600 200 100 re f\n"
                    + "/B cs 0.8 0.5 0.2 sc 300 600 200 100 re f\n"
                    + "/C cs 0.4 sc 40 400 200 100 re f\n"
                    + "/D cs 0.1 0.9 0.3 sc 300 400 200 100 re f\n";
            PDStream contents = new PDStream(doc);
            try (OutputStream out = contents.createOutputStream()) {
                out.write(ops.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            doc.save(file.toFile());
        }
        return file;
    }

    /** An ICC colour space array whose profile is a stream object of its own. */
    private static COSObject icc(PDDocument doc, byte[] profile, int n, COSName alternate) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setInt(COSName.N, n);
        if (alternate != null) {
            stream.setItem(COSName.ALTERNATE, alternate);
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(profile);
        }
        return new COSObject(new COSArray(List.of(COSName.ICCBASED, new COSObject(stream))));
    }

    private static PDColorSpace space(PDResources resources, String name) throws IOException {
        return resources.getColorSpace(COSName.getPDFName(name));
    }

    @Test
    void copiesOfOneProfileMakeOneColourSpaceAndOthersTheirOwn() throws Exception {
        Path file = spaces();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            doc.setResourceCache(new ProfileSharingCache());
            PDResources resources = doc.getPage(0).getResources();
            PDColorSpace a = space(resources, "A");
            assertInstanceOf(PDICCBased.class, a);
            assertSame(a, space(resources, "B"), "a copy of the same profile");
            assertNotSame(a, space(resources, "C"), "another profile");
            assertNotSame(a, space(resources, "D"), "the same bytes with an alternate");
            assertSame(a, space(resources, "A"), "asked again");
        }
    }

    @Test
    void aPageInCopiesOfOneProfileIsDrawnAsPdfBoxDrawsIt() throws Exception {
        Path file = spaces();
        float scale = 150f / 72f;
        try (PdfDocument pdf = PdfDocument.open(file)) {
            BufferedImage gloss = pdf.render(1, scale);
            BufferedImage reference = RenderFidelityTest.plainPdfBox(file, 1, scale);
            RenderFidelityTest.Difference d = RenderFidelityTest.compare(gloss, reference, 1);
            assertTrue(d.mean() < 0.01 && d.badShare() == 0, d.toString());
            // the two copies drew their own colours, not the first one's
            int first = gloss.getRGB((int) (140 * scale), (int) ((792 - 650) * scale));
            int second = gloss.getRGB((int) (400 * scale), (int) ((792 - 650) * scale));
            assertTrue(first != second && (first & 0xffffff) != 0xffffff, Integer.toHexString(first) + " " + Integer.toHexString(second));
        }
    }
}
