package dev.gloss.pdf;

import dev.gloss.workspace.Ids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;

/**
 * PDFBox's resource cache, which also gives an ICC profile stream the colour space made for an
 * earlier stream of the same profile. pdfTeX copies each included figure's objects, so a paper
 * whose figures came from one Mac holds the same profile many times (tracemonkey.pdf: 12
 * streams, 2 profiles); PDFBox makes a colour space for each, about 8 ms with its transform
 * (more for a grey one, whose colour model builds lookup tables), every time the file is opened.
 * Streams are the same profile when their bytes (by their SHA-256), number of components, range
 * and alternate (what PDFBox draws with when it cannot use the profile) are; a stream whose
 * alternate is not a device colour space's name is not shared. The colour spaces are held
 * softly, as PDFBox holds its own: a hostile file's many large profiles cannot pin memory.
 */
final class ProfileSharingCache extends DefaultResourceCache {
    private static final Logger LOG = Logger.getLogger(ProfileSharingCache.class.getName());
    /** Larger profiles (a CMYK printer's can be a few MB) are not read twice to be compared. */
    static final int MAX_PROFILE_BYTES = 1 << 20;
    /** Distinct profiles kept: a paper has a handful. */
    static final int MAX_PROFILES = 32;

    private record Profile(String sha256, int components, String range, COSName alternate) {
    }

    private final Map<Profile, SoftReference<PDICCBased>> byProfile = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Profile, SoftReference<PDICCBased>> eldest) {
            return size() > MAX_PROFILES;
        }
    };

    @Override
    public PDColorSpace getColorSpace(COSObject indirect) {
        PDColorSpace known = super.getColorSpace(indirect);
        if (known != null || !(indirect.getObject() instanceof COSStream stream)) {
            return known;
        }
        Profile profile = profile(stream);
        if (profile == null) {
            return null;
        }
        PDICCBased same;
        synchronized (byProfile) {
            SoftReference<PDICCBased> kept = byProfile.get(profile);
            same = kept == null ? null : kept.get();
        }
        if (same != null) {
            super.put(indirect, same); // PDFBox puts only what it made
        }
        return same;
    }

    @Override
    public void put(COSObject indirect, PDColorSpace colorSpace) {
        super.put(indirect, colorSpace);
        // an ICC colour space is put under its profile stream's reference (PDICCBased.create)
        if (colorSpace instanceof PDICCBased icc && indirect.getObject() instanceof COSStream stream) {
            Profile profile = profile(stream);
            if (profile != null) {
                synchronized (byProfile) {
                    SoftReference<PDICCBased> kept = byProfile.get(profile);
                    if (kept == null || kept.get() == null) {
                        byProfile.put(profile, new SoftReference<>(icc));
                    }
                }
            }
        }
    }

    /** What tells one profile stream from another, or null for one that is not read to compare. */
    private static Profile profile(COSStream stream) {
        COSBase alternate = stream.getDictionaryObject(COSName.ALTERNATE);
        if (stream.getLength() > MAX_PROFILE_BYTES || !stream.containsKey(COSName.N)
                || alternate != null && !(alternate instanceof COSName)) {
            return null;
        }
        try (InputStream in = stream.createInputStream()) {
            byte[] bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
            if (bytes.length > MAX_PROFILE_BYTES || bytes.length == 0) {
                return null;
            }
            COSBase range = stream.getDictionaryObject(COSName.RANGE);
            return new Profile(Ids.sha256(new ByteArrayInputStream(bytes), OutputStream.nullOutputStream()),
                    stream.getInt(COSName.N),
                    range instanceof COSArray a ? Arrays.toString(a.toFloatArray()) : "", (COSName) alternate);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "ICC profile not compared", e);
            return null;
        }
    }
}
