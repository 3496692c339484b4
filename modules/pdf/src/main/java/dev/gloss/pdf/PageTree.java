package dev.gloss.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a document as readers find them in a damaged page tree. A whole tree (every node
 * visited once, every kid a page or a node, each node's {@code /Count} its pages, each
 * {@code /Parent} the node above, no node with hundreds of kids or dozens of levels) is left as it
 * is. Anything else is rebuilt in memory as a balanced tree over the pages in their order, each
 * page with what it inherited from the nodes above it, so that every later call into PDFBox sees a
 * sound tree and finds a page in a few steps (PDFBox walks every kid of a node on its way to a
 * page: a flat array of 200,000 kids made each page cost a walk of them all):
 * <ul>
 * <li>a node met again (a tree that contains itself) is not entered again;</li>
 * <li>a node that holds fewer pages than it claims because a kid is lost (a loop, a null, an
 * object that is not a page) keeps the pages it claims, the lost ones blank, as Acrobat shows
 * them and as poppler and pdf.js count them;</li>
 * <li>a tree that yields no page at all is rebuilt from the page objects in the file, as poppler
 * does;</li>
 * <li>blank stand-ins never take the document past the number of objects in the file (a
 * {@code /Count} of two billion is not believed).</li>
 * </ul>
 */
final class PageTree {
    private static final Logger LOG = Logger.getLogger(PageTree.class.getName());
    /** The attributes a page inherits from the nodes above it (ISO 32000-2 §7.7.3.4). */
    /** Deeper than any writer nests its page tree; PDFBox's recursive descent stays far from the stack's end. */
    private static final int MAX_DEPTH = 64;
    /** Kids of one node in a rebuilt tree; PDFBox reads all kids of each node on its way to a page. */
    private static final int FAN_OUT = 32;
    /** A node with more kids than this is rebuilt too: finding each page in it would cost a walk of them all. */
    private static final int WIDE = 256;
    private static final COSName[] INHERITED = {COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE};

    /**
     * What was found: the page count, and the pages (from 1) that the file claims but whose
     * objects are lost, shown blank.
     */
    record Pages(int count, List<Integer> missing, boolean rebuilt) {
    }

    /** One page in order: its dictionary, or null for a lost one, and what it inherits. */
    private record Slot(COSDictionary page, Map<COSName, COSBase> inherited) {
    }

    /** A node being walked: its kids, the next one, and where its pages start among the slots. */
    private static final class Frame {
        final COSDictionary node;
        final List<COSBase> kids;
        final Map<COSName, COSBase> inherited;
        final long declared;
        final int start;
        int next;
        boolean lostKid;

        Frame(COSDictionary node, List<COSBase> kids, Map<COSName, COSBase> inherited, long declared, int start) {
            this.node = node;
            this.kids = kids;
            this.inherited = inherited;
            this.declared = declared;
            this.start = start;
        }
    }

    private final PDDocument doc;
    private final COSDictionary catalog;
    private final int objects;
    private final List<Slot> slots = new ArrayList<>();
    private final Set<COSDictionary> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether the tree is rebuilt: it is damaged, too deep or too wide. */
    private boolean damaged;

    private PageTree(PDDocument doc) {
        this.doc = doc;
        this.catalog = doc.getDocumentCatalog().getCOSObject();
        this.objects = Math.max(1, doc.getDocument().getXrefTable().size());
    }

    /**
     * Checks the page tree of {@code doc} and rebuilds it when it is damaged.
     *
     * @param declaredCount the root's {@code /Count} as the file wrote it (PDFBox recounts the tree
     *                      of a file whose cross-reference table it rebuilt), -1 when not a number
     */
    static Pages repair(PDDocument doc, long declaredCount) {
        return new PageTree(doc).repair(declaredCount);
    }

    private Pages repair(long declaredCount) {
        COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return new Pages(0, List.of(), false);
        }
        if (COSName.PAGE.equals(root.getCOSName(COSName.TYPE))) {
            // a page where the tree should be (PDFBOX-3154): a tree of that one page
            damaged = true;
            slots.add(new Slot(root, Map.of()));
        } else {
            walk(root, declaredCount);
        }
        if (slots.stream().allMatch(s -> s.page() == null)) {
            List<COSDictionary> found = pageObjects();
            if (!found.isEmpty()) {
                damaged = true;
                slots.clear();
                Map<COSName, COSBase> top = inheritable(root, Map.of());
                found.forEach(p -> slots.add(new Slot(p, top)));
                padTo(declaredCount, top);
            }
        }
        if (slots.isEmpty()) {
            return new Pages(0, List.of(), false);
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).page() == null) {
                missing.add(i + 1);
            }
        }
        if (!damaged) {
            return new Pages(slots.size(), List.of(), false);
        }
        rebuild();
        LOG.log(Level.FINE, "page tree rebuilt: {0} pages, {1} of them lost", new Object[] {slots.size(), missing.size()});
        return new Pages(slots.size(), List.copyOf(missing), true);
    }

    /** Walks the tree depth-first without recursion (a deep chain of nodes cannot overflow the stack). */
    private void walk(COSDictionary root, long rootDeclared) {
        nodes.add(root);
        if (root.containsKey(COSName.PARENT)) {
            damaged = true;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        long declared = rootDeclared >= 0 ? rootDeclared : count(root);
        stack.push(new Frame(root, kids(root), inheritable(root, Map.of()), declared, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next == f.kids.size()) {
                stack.pop();
                close(f);
                continue;
            }
            COSBase kid = f.kids.get(f.next++);
            if (!(kid instanceof COSDictionary d)) {
                lost(f);
                continue;
            }
            if (isNode(d)) {
                if (!nodes.add(d)) {
                    // a node met again: the tree contains itself
                    lost(f);
                    continue;
                }
                checkParent(d, f.node);
                stack.push(new Frame(d, kids(d), inheritable(d, f.inherited), count(d), slots.size()));
                if (stack.size() > MAX_DEPTH) {
                    // PDFBox descends such a chain by recursion, page by page: flattened, it cannot overflow
                    damaged = true;
                }
                continue;
            }
            COSName type = d.getCOSName(COSName.TYPE);
            if (type != null && !COSName.PAGE.equals(type)) {
                lost(f);
                continue;
            }
            checkParent(d, f.node);
            slots.add(new Slot(d, f.inherited));
        }
    }

    private void lost(Frame f) {
        damaged = true;
        f.lostKid = true;
    }

    /** A node is done: a count that disagrees damages the tree; a node that lost kids keeps their places. */
    private void close(Frame f) {
        int held = slots.size() - f.start;
        if (f.declared != held) {
            damaged = true;
        }
        if (f.lostKid && f.declared > held) {
            long room = Math.max(0, objects - slots.size());
            long blanks = Math.min(f.declared - held, room);
            for (long i = 0; i < blanks; i++) {
                slots.add(new Slot(null, f.inherited));
            }
        }
    }

    /** After a rebuild from the page objects: blank pages up to what the file claims, within its objects. */
    private void padTo(long declared, Map<COSName, COSBase> inherited) {
        long target = Math.min(declared, objects);
        while (slots.size() < target) {
            slots.add(new Slot(null, inherited));
        }
    }

    private void checkParent(COSDictionary kid, COSDictionary node) {
        if (kid.getCOSDictionary(COSName.PARENT) != node) {
            damaged = true;
        }
    }

    /** A page tree node: {@code /Type /Pages}, or kids without a type (some writers leave it out). */
    private static boolean isNode(COSDictionary d) {
        return COSName.PAGES.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.KIDS) && d.getCOSName(COSName.TYPE) == null;
    }

    private static long count(COSDictionary node) {
        COSBase c = node.getDictionaryObject(COSName.COUNT);
        return c instanceof COSInteger i ? i.longValue() : -1;
    }

    /**
     * A node's kids, resolved; a single reference where the array should be counts as a one-kid
     * array, and kids that are missing or not an array as one lost kid.
     */
    private List<COSBase> kids(COSDictionary node) {
        COSBase k = node.getDictionaryObject(COSName.KIDS);
        List<COSBase> out = new ArrayList<>();
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(a.getObject(i));
            }
            if (a.size() > WIDE) {
                damaged = true;
            }
        } else {
            damaged = true;
            out.add(k instanceof COSDictionary d ? d : null);
        }
        return out;
    }

    /** What a node passes down: its own inheritable attributes over those it inherited. */
    private static Map<COSName, COSBase> inheritable(COSDictionary node, Map<COSName, COSBase> above) {
        Map<COSName, COSBase> out = null;
        for (COSName key : INHERITED) {
            COSBase v = node.getItem(key);
            if (v != null) {
                if (out == null) {
                    out = new HashMap<>(above);
                }
                out.put(key, v);
            }
        }
        return out == null ? above : out;
    }

    /** Every {@code /Type /Page} object in the file, in object-number order (poppler's way without a tree). */
    private List<COSDictionary> pageObjects() {
        COSDocument cos = doc.getDocument();
        List<COSObjectKey> keys = new ArrayList<>(cos.getXrefTable().keySet());
        keys.sort(Comparator.comparingLong(COSObjectKey::getNumber).thenComparingInt(COSObjectKey::getGeneration));
        List<COSDictionary> pages = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSObjectKey key : keys) {
            COSObject o = cos.getObjectFromPool(key);
            COSBase b = o == null ? null : o.getObject();
            if (b instanceof COSDictionary d && COSName.PAGE.equals(d.getCOSName(COSName.TYPE)) && seen.add(d)) {
                pages.add(d);
            }
        }
        return pages;
    }

    /**
     * A balanced tree over the pages in order, {@link #FAN_OUT} kids a node: each page gets what it
     * inherited, and PDFBox finds a page by descending a few levels instead of walking one long
     * array of kids.
     */
    private void rebuild() {
        List<COSDictionary> level = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            COSDictionary page = s.page() != null ? s.page() : blank();
            for (Map.Entry<COSName, COSBase> e : s.inherited().entrySet()) {
                if (!page.containsKey(e.getKey())) {
                    page.setItem(e.getKey(), e.getValue());
                }
            }
            if (page.getCOSName(COSName.TYPE) == null) {
                page.setItem(COSName.TYPE, COSName.PAGE);
            }
            if (!page.containsKey(COSName.MEDIA_BOX)) {
                page.setItem(COSName.MEDIA_BOX, new PDRectangle(0, 0, 612, 792).getCOSArray());
            }
            level.add(page);
        }
        boolean leaves = true;
        do {
            List<COSDictionary> above = new ArrayList<>((level.size() + FAN_OUT - 1) / FAN_OUT);
            for (int i = 0; i < level.size(); i += FAN_OUT) {
                COSDictionary node = new COSDictionary();
                node.setItem(COSName.TYPE, COSName.PAGES);
                COSArray kids = new COSArray();
                int count = 0;
                for (COSDictionary kid : level.subList(i, Math.min(level.size(), i + FAN_OUT))) {
                    // (a page listed twice has the last of its nodes as parent: it inherits nothing from them)
                    kid.setItem(COSName.PARENT, node);
                    kids.add(kid);
                    count += leaves ? 1 : kid.getInt(COSName.COUNT);
                }
                node.setItem(COSName.KIDS, kids);
                node.setInt(COSName.COUNT, count);
                above.add(node);
            }
            level = above;
            leaves = false;
        } while (level.size() > 1);
        catalog.setItem(COSName.PAGES, level.get(0));
    }

    private static COSDictionary blank() {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        return page;
    }
}
