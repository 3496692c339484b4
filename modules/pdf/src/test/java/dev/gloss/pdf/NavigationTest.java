package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Rect;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links, page labels and outlines, including hostile ones. */
class NavigationTest {
    @TempDir
    Path dir;

    private static PDAnnotationLink link(float x, float y, float w, float h) {
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(x, y, w, h));
        return l;
    }

    private Path document() throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page().text(72, 700, 12, "Front matter").page().text(72, 700, 12, "Chapter one").page().text(72, 700, 12, "Chapter two");
            List<PDPage> pages = List.of(pdf.doc.getPage(0), pdf.doc.getPage(1), pdf.doc.getPage(2));
            PDPage first = pages.get(0);

            PDAnnotationLink web = link(72, 600, 100, 12);
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://arxiv.org/abs/2311.12786");
            web.setAction(uri);

            PDAnnotationLink jump = link(72, 580, 100, 12);
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(pages.get(2));
            dest.setTop(500);
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(dest);
            jump.setAction(goTo);

            PDAnnotationLink launch = link(72, 560, 100, 12);
            PDActionLaunch l = new PDActionLaunch();
            l.setF("/bin/sh");
            launch.setAction(l);

            PDAnnotationLink script = link(72, 540, 100, 12);
            script.setAction(new PDActionJavaScript("app.alert('hi')"));

            PDAnnotationLink jsUri = link(72, 520, 100, 12);
            PDActionURI bad = new PDActionURI();
            bad.setURI("javascript:alert(1)");
            jsUri.setAction(bad);

            PDAnnotationLink fileUri = link(72, 500, 100, 12);
            PDActionURI file = new PDActionURI();
            file.setURI("file:///etc/passwd");
            fileUri.setAction(file);

            first.getAnnotations().addAll(List.of(web, jump, launch, script, jsUri, fileUri));
            pdf.doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));

            PDPageLabels labels = new PDPageLabels(pdf.doc);
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, roman);
            PDPageLabelRange arabic = new PDPageLabelRange();
            arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(1, arabic);
            pdf.doc.getDocumentCatalog().setPageLabels(labels);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem one = new PDOutlineItem();
            one.setTitle("Chapter one");
            one.setDestination(pages.get(1));
            PDOutlineItem sub = new PDOutlineItem();
            sub.setTitle("Section 1.1");
            sub.setDestination(pages.get(2));
            one.addLast(sub);
            PDOutlineItem loop = new PDOutlineItem();
            loop.setTitle("Loops back");
            outline.addLast(one);
            outline.addLast(loop);
            // a hostile outline: the last item's "next" points back at the first
            loop.getCOSObject().setItem(COSName.NEXT, one.getCOSObject());
            pdf.doc.getDocumentCatalog().setDocumentOutline(outline);
            return pdf.save(dir.resolve("nav.pdf"));
        }
    }

    @Test
    void onlyGoToAndWebLinksAreReported() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(document())) {
            List<PdfLink> links = pdf.links(1);
            assertEquals(2, links.size(), links.toString());
            PdfLink web = links.get(0);
            assertTrue(web.external());
            assertEquals("https://arxiv.org/abs/2311.12786", web.uri());
            assertEquals(new Rect(72, 600, 172, 612), web.area());
            PdfLink jump = links.get(1);
            assertNull(jump.uri());
            assertEquals(3, jump.targetPage());
            assertEquals(500, jump.targetTop(), 0.001);
            assertTrue(pdf.links(2).isEmpty());
            // the arXiv id of a paper can come from a link on its first page
            assertEquals("2311.12786", pdf.metadata().arxivId());
        }
    }

    @Test
    void pageLabels() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(document())) {
            assertEquals("i", pdf.pageLabel(1));
            assertEquals("1", pdf.pageLabel(2));
            assertEquals("2", pdf.pageLabel(3));
        }
        try (TestPdf plain = new TestPdf()) {
            plain.page().page();
            try (PdfDocument pdf = PdfDocument.open(plain.save(dir.resolve("plain.pdf")))) {
                assertEquals("2", pdf.pageLabel(2));
            }
        }
    }

    @Test
    void outlineSurvivesALoop() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(document())) {
            List<OutlineItem> outline = pdf.outline();
            assertEquals(2, outline.size(), outline.toString());
            assertEquals(new OutlineItem("Chapter one", 2, List.of(new OutlineItem("Section 1.1", 3, List.of()))), outline.get(0));
            assertEquals(new OutlineItem("Loops back", 0, List.of()), outline.get(1));
        }
    }

    @Test
    void anOutlineItemKnowsTheHeightOfItsHeading() throws Exception {
        try (TestPdf made = new TestPdf()) {
            made.page().page();
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem heading = new PDOutlineItem();
            heading.setTitle("2 Method");
            PDPageXYZDestination at = new PDPageXYZDestination();
            at.setPage(made.doc.getPage(1));
            at.setTop(431);
            heading.setDestination(at);
            PDOutlineItem named = new PDOutlineItem();
            named.setTitle("Through a GoTo action, keeping the height");
            PDPageXYZDestination keep = new PDPageXYZDestination();
            keep.setPage(made.doc.getPage(0));
            keep.setTop(-1); // null in the file: no height
            PDActionGoTo go = new PDActionGoTo();
            go.setDestination(keep);
            named.setAction(go);
            outline.addLast(heading);
            outline.addLast(named);
            made.doc.getDocumentCatalog().setDocumentOutline(outline);
            try (PdfDocument pdf = PdfDocument.open(made.save(dir.resolve("headings.pdf")))) {
                assertEquals(new OutlineItem("2 Method", 2, 431, List.of()), pdf.outline().get(0));
                OutlineItem whole = pdf.outline().get(1);
                assertEquals(1, whole.page());
                assertTrue(Double.isNaN(whole.top()), "a destination without a height is the whole page");
            }
        }
    }

    @Test
    void hyperrefBookmarksPointAtTheirHeadings() throws Exception {
        Path paper = dev.gloss.testing.Corpus.file("research/pdflatex-outline.pdf");
        try (PdfDocument pdf = PdfDocument.open(paper)) {
            OutlineItem first = pdf.outline().get(0);
            assertEquals("Foo", first.title());
            assertEquals(2, first.page());
            assertEquals(716, first.top(), 1, "named destination section.1, an XYZ just above the heading");
        }
    }
}
