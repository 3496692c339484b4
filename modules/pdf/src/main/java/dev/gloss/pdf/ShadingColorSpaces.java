package dev.gloss.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;

/**
 * One colour space object for all the shadings of a document that name the same colour space.
 * PDFBox makes each shading its own, uncached (unlike an image's or a page's), and an ICC-based
 * one builds its colour transform on the way: about 8 ms each. A chart exported from Keynote
 * (page 11 of tracemonkey.pdf) fills 54 gradients in one ICC colour space, which cost 0.4 s of
 * a first render of the page for 54 copies of the same transform. An ICC profile named by
 * reference is looked up in the document's resource cache as well, where the page's own colour
 * spaces are ({@link ProfileSharingCache}). One per document; not thread-safe: a document renders
 * one page at a time.
 */
final class ShadingColorSpaces {
    private static final Logger LOG = Logger.getLogger(ShadingColorSpaces.class.getName());
    private final Map<COSBase, PDColorSpace> made = new IdentityHashMap<>();
    /** The document's resource cache, or null. */
    private final ResourceCache cache;

    ShadingColorSpaces(ResourceCache cache) {
        this.cache = cache;
    }

    /**
     * Gives {@code shading} the colour space made before for the same colour space object, or
     * keeps its own for the next. The shading's dictionary is left as it was.
     */
    void share(PDShading shading) {
        COSDictionary dict = shading.getCOSObject();
        COSBase space = dict.getDictionaryObject(COSName.CS, COSName.COLORSPACE);
        COSBase key = key(space);
        if (key == null) {
            return; // a device colour space's name: PDFBox's own single instance
        }
        COSObject profile = cache != null && key instanceof COSStream && ((COSArray) space).get(1) instanceof COSObject o
                ? o : null;
        try {
            PDColorSpace known = made.get(key);
            if (known == null && profile != null) {
                known = cache.getColorSpace(profile);
            }
            if (known == null) {
                PDColorSpace own = shading.getColorSpace();
                made.put(key, own);
                if (profile != null && own instanceof PDICCBased) {
                    cache.put(profile, own); // as PDICCBased.create puts a page's
                }
                return;
            }
            made.putIfAbsent(key, known);
            // setColorSpace also writes the colour space into the dictionary: put back what was there
            COSBase before = dict.getItem(COSName.COLORSPACE);
            shading.setColorSpace(known);
            if (before == null) {
                dict.removeItem(COSName.COLORSPACE);
            } else {
                dict.setItem(COSName.COLORSPACE, before);
            }
        } catch (IOException | RuntimeException e) {
            // a colour space PDFBox cannot make: the fill fails its own way, as before
            LOG.log(Level.FINE, "shading colour space not shared", e);
        }
    }

    /**
     * What tells two shadings' colour spaces to be the same: an ICC-based one by its profile's
     * stream (shadings often write the array out each time), any other array by itself.
     */
    static COSBase key(COSBase colorSpace) {
        if (!(colorSpace instanceof COSArray array) || array.size() == 0) {
            return null;
        }
        if (array.size() == 2 && COSName.ICCBASED.equals(array.getObject(0)) && array.getObject(1) != null) {
            return array.getObject(1);
        }
        return array;
    }
}
