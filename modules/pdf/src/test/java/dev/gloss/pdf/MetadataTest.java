package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper metadata from a first page laid out like an arXiv preprint. */
class MetadataTest {
    @TempDir
    Path dir;

    private Path paper(String infoTitle, String infoAuthor) throws Exception {
        try (TestPdf pdf = new TestPdf()) {
            pdf.page()
                    .text(30, 250, 20, 90, "arXiv:2311.12786v2  [cs.CL]  21 Nov 2023")
                    .text(120, 720, 17, "Attention Is Not Quite All You Need:")
                    .text(150, 700, 17, "A Second Look at Glosses")
                    .text(140, 670, 11, "Ada Lovelace\u2020, Charles Babbage and Grace Hopper")
                    .text(180, 656, 10, "University of Somewhere, gloss@example.org")
                    .text(280, 620, 12, "Abstract")
                    .text(100, 600, 10, "We study how readers annotate papers. Our experi-")
                    .text(100, 588, 10, "ments show that glosses help, and we release code.")
                    .text(72, 560, 12, "1 Introduction")
                    .text(72, 545, 10, "Reading is hard.")
                    .text(72, 60, 8, "Published version: https://doi.org/10.1145/3555555.3555556.");
            if (infoTitle != null || infoAuthor != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(infoTitle);
                info.setAuthor(infoAuthor);
                pdf.doc.setDocumentInformation(info);
            }
            return pdf.save(dir.resolve("paper.pdf"));
        }
    }

    @Test
    void fromThePageItself() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(paper(null, null))) {
            PaperMetadata m = pdf.metadata();
            assertEquals("Attention Is Not Quite All You Need: A Second Look at Glosses", m.title());
            assertEquals(List.of("Ada Lovelace", "Charles Babbage", "Grace Hopper"), m.authors());
            assertEquals("2311.12786v2", m.arxivId());
            assertEquals("10.1145/3555555.3555556", m.doi());
            assertEquals("We study how readers annotate papers. Our experiments show that glosses help, and we release code.", m.abstractText());
            assertEquals(2023, m.year());
        }
    }

    @Test
    void junkInfoTitleIsIgnoredAGoodOneIsUsed() throws Exception {
        try (PdfDocument pdf = PdfDocument.open(paper("Microsoft Word - draft3.docx", "jsmith"))) {
            PaperMetadata m = pdf.metadata();
            assertEquals("Attention Is Not Quite All You Need: A Second Look at Glosses", m.title());
            assertEquals(List.of("Ada Lovelace", "Charles Babbage", "Grace Hopper"), m.authors());
        }
        try (PdfDocument pdf = PdfDocument.open(paper("Attention is not quite all you need", "Lovelace, Ada; Babbage, Charles"))) {
            PaperMetadata m = pdf.metadata();
            assertEquals("Attention is not quite all you need", m.title());
            assertEquals(List.of("Lovelace, Ada", "Babbage, Charles"), m.authors());
        }
    }

    @Test
    void helpers() {
        assertEquals("10.18653/v1/2020.acl-main.447", MetadataExtractor.findDoi("see doi:10.18653/v1/2020.acl-main.447)."));
        assertEquals("10.1002/(SICI)1097-4571(199806)49:8", MetadataExtractor.findDoi("10.1002/(SICI)1097-4571(199806)49:8"));
        assertEquals("hep-th/9901001v3", MetadataExtractor.findArxiv("arXiv:hep-th/9901001v3"));
        assertEquals("2106.01234", MetadataExtractor.findArxiv("https://arxiv.org/abs/2106.01234"));
        assertNull(MetadataExtractor.findArxiv("no id here 2106.01234"));
    }
}
