package dev.gloss.desktop.reader.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gloss.pdf.PageArea;
import dev.gloss.workspace.Rect;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The pictures drawn ahead stay within their bytes, the least recently used going first. */
class PictureCacheTest {
    @Test
    void keepsTheRecentlyUsedWithinItsBudget() {
        PictureCache cache = new PictureCache(3 * 4 * 100 * 100);
        String[] keys = new String[4];
        for (int i = 0; i < 4; i++) {
            keys[i] = PictureCache.key(new PageArea(i + 1, new Rect(10, 20, 110, 120)), 1.5);
        }
        cache.put(keys[0], new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        cache.put(keys[1], new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        cache.put(keys[2], new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        assertNotNull(cache.get(keys[0])); // used: the second is now the eldest
        cache.put(keys[3], new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        assertNull(cache.get(keys[1]));
        assertNotNull(cache.get(keys[0]));
        assertEquals(3 * 4 * 100 * 100, cache.bytes());
        assertEquals("1:10.0,20.0,110.0,120.0@1500", keys[0]);
    }
}
