package dev.gloss.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.TextQuoteSelector;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query language and the analysis, over a small in-memory index of the real schema. */
class QueryLanguageTest {
    static ByteBuffersDirectory dir;
    static DirectoryReader reader;
    static IndexSearcher searcher;
    static final HitSearcher HITS = new HitSearcher(new GlossAnalyzer());

    @BeforeAll
    static void index() throws Exception {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new GlossAnalyzer()))) {
            Paper p1 = new Paper("p1", "Kernel Methods", List.of("Bernhard Schölkopf"), 2002, "MIT Press", "0101.00001",
                    "10.1000/XYZ", "Support vector machines in practice.", List.of("Machine Learning"), "k.pdf", 3, "s1", Instant.EPOCH);
            Paper p2 = new Paper("p2", "Universes", List.of("Carl Sagan"), 1980, "Random House", null, null, null,
                    List.of(), "u.pdf", 2, "s2", Instant.EPOCH);
            w.addDocument(IndexDocuments.paper(p1, "s1"));
            w.addDocument(IndexDocuments.paper(p2, "s2"));
            w.addDocument(IndexDocuments.page("p1", 1, "The ﬁrst kernels were\n\n   studied by «Mercer» in   1909."));
            w.addDocument(IndexDocuments.page("p1", 2, "Classifiers generalize when the margin is large."));
            w.addDocument(IndexDocuments.page("p1", 3, "Our university hosted the workshop."));
            w.addDocument(IndexDocuments.page("p2", 1, "The universe is under no obligation to make sense."));
            w.addDocument(IndexDocuments.page("p2", 2, "Billions and billions of stars."));
            w.addDocument(IndexDocuments.annotation(new Annotation("a1", "p1", AnnotationType.UNDERLINE, 2, "#FF8800",
                    new TextQuoteSelector("the margin is large", null, null), null, null, null, null, "why it works",
                    List.of("Key Idea"), "me", null, Instant.EPOCH, Instant.EPOCH)));
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        dir.close();
    }

    static List<SearchHit> search(String q) throws Exception {
        return HITS.search(searcher, q, 20);
    }

    static Set<String> where(String q) throws Exception {
        return search(q).stream().map(h -> h.kind() + ":" + h.paperId() + ":" + h.page()).collect(Collectors.toSet());
    }

    @Test
    void gentleStemmingKeepsUniversityApartFromUniverse() throws Exception {
        assertEquals(Set.of("page:p2:1", "paper:p2:0"), where("universe"));
        assertEquals(Set.of("page:p1:3"), where("universities"));
        assertEquals(Set.of("page:p1:2"), where("classifier generalizes"));
    }

    @Test
    void ligaturesAccentsAndCaseFold() throws Exception {
        assertEquals(Set.of("page:p1:1"), where("first kernels"));
        assertEquals(Set.of("paper:p1:0", "page:p1:1", "page:p1:2", "page:p1:3", "annotation:p1:2"), where("author:scholkopf"));
        assertEquals(where("author:scholkopf"), where("author:Schölkopf"));
    }

    @Test
    void snippetsCollapseWhitespaceAndMarkMatches() throws Exception {
        SearchHit h = search("mercer 1909").get(0);
        // the text's own guillemets cannot be confused with our marks
        assertEquals("The first kernels were studied by \"«Mercer»\" in «1909».", h.snippet());
        assertEquals(List.of("Mercer", "1909"), h.matchedText());
        String plain = h.plainSnippet();
        assertEquals("The first kernels were studied by \"Mercer\" in 1909.", plain);
    }

    @Test
    void keywordFiltersMatchWholeValuesCaseInsensitively() throws Exception {
        assertEquals(4, search("tag:\"machine learning\"").size() - 1, "paper, three pages and the annotation");
        assertEquals(Set.of("annotation:p1:2"), where("tag:\"key idea\""));
        assertEquals(Set.of("annotation:p1:2"), where("color:#ff8800"));
        assertEquals(Set.of("annotation:p1:2"), where("type:underline"));
        assertEquals(Set.of("annotation:p1:2"), where("type:annotations"));
        assertTrue(where("type:highlight").isEmpty());
        assertEquals(Set.of("paper:p1:0", "page:p1:1", "page:p1:2", "page:p1:3", "annotation:p1:2"), where("doi:10.1000/xyz"));
        assertEquals(where("doi:10.1000/xyz"), where("arxiv:0101.00001"));
        assertEquals(where("doi:10.1000/xyz"), where("venue:mit"));
    }

    @Test
    void numericFiltersAndRanges() throws Exception {
        assertEquals(Set.of("page:p1:2", "page:p2:2", "annotation:p1:2"), where("page:2"));
        assertEquals(Set.of("page:p1:2", "page:p1:3", "annotation:p1:2"), where("paper:p1 page:[2 TO 3]"));
        assertEquals(Set.of("page:p1:3"), where("paper:p1 page:{2 TO 3]"));
        assertEquals(Set.of("page:p2:1", "page:p2:2", "paper:p2:0"), where("year:[1970 TO 1990]"));
        assertTrue(where("page:two").isEmpty());
    }

    @Test
    void booleanSyntaxStillWorks() throws Exception {
        assertEquals(Set.of("page:p2:1", "paper:p2:0", "page:p1:3"), where("universe OR university"));
        assertEquals(Set.of("paper:p2:0"), where("universe -sense"));
    }

    @Test
    void titlesOfPagesComeFromTheirPaper() throws Exception {
        SearchHit h = search("billions").get(0);
        assertEquals("Universes", h.title());
        assertFalse(h.snippet().isEmpty());
    }
}
