package dev.gloss.search;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene documents of the index schema (see {@link Fields}) and the content versions
 * that incremental sync compares. Stateless.
 */
final class IndexDocuments {
    /** Stored, with offsets in the postings so the highlighter needs no re-analysis. */
    static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private IndexDocuments() {
    }

    /**
     * The version of a workspace object: a hash of its JSON form. Unlike {@code modified} or a
     * file time it changes with every edit, whoever made it, and costs no file access.
     */
    static String version(Object value) {
        return sha256(Json.compact(value)).substring(0, 24);
    }

    /** What the page text of a paper should be indexed from: its PDF's hash, or "none" without a PDF. */
    static String wantedTextState(Paper p) {
        if (p.file() == null || p.file().isBlank()) {
            return "none";
        }
        return p.sha256() == null || p.sha256().isBlank() ? "file:" + p.file() : p.sha256();
    }

    /** A document describing a paper: its metadata, searchable and used by the filters. */
    static Document paper(Paper p, String textState) {
        Document d = common(Fields.KIND_PAPER, p.id());
        key(d, Fields.UID, Fields.uid(Fields.KIND_PAPER, p.id()));
        d.add(new SortedDocValuesField(Fields.UID, new BytesRef(key(Fields.uid(Fields.KIND_PAPER, p.id())))));
        d.add(new BinaryDocValuesField(Fields.VERSION, new BytesRef(version(p))));
        d.add(new BinaryDocValuesField(Fields.TEXT_STATE, new BytesRef(textState)));
        title(d, p.displayTitle() == null ? p.id() : p.displayTitle());
        for (String a : p.authors()) {
            d.add(new TextField(Fields.AUTHOR, normalize(a), Field.Store.NO));
        }
        for (String t : p.tags()) {
            key(d, Fields.TAG, t);
        }
        if (p.year() != null) {
            d.add(new IntPoint(Fields.YEAR, p.year()));
        }
        if (p.venue() != null) {
            d.add(new TextField(Fields.VENUE, normalize(p.venue()), Field.Store.NO));
        }
        if (p.arxivId() != null) {
            key(d, Fields.ARXIV, p.arxivId());
        }
        if (p.doi() != null) {
            key(d, Fields.DOI, p.doi());
        }
        List<String> parts = new ArrayList<>();
        parts.add(p.displayTitle());
        if (!p.authors().isEmpty()) {
            parts.add(String.join(", ", p.authors()));
        }
        parts.add(p.venue());
        parts.add(p.year() == null ? null : p.year().toString());
        parts.add(p.arxivId() == null ? null : "arXiv:" + p.arxivId());
        parts.add(p.doi() == null ? null : "doi:" + p.doi());
        parts.add(p.abstractText());
        d.add(body(parts));
        return d;
    }

    /** The text of one page (from 1) of a paper. */
    static Document page(String paperId, int page, String text) {
        Document d = common(Fields.KIND_PAGE, paperId);
        page(d, page);
        d.add(new Field(Fields.BODY, normalize(text), BODY_TYPE));
        return d;
    }

    /**
     * An annotation: its quote and note, with its tags, colour and type for the filters. Its title
     * is the paper's, looked up when shown, so renaming a paper touches one document.
     */
    static Document annotation(Annotation a) {
        Document d = common(Fields.KIND_ANNOTATION, a.paperId());
        key(d, Fields.UID, Fields.uid(Fields.KIND_ANNOTATION, a.id()));
        d.add(new SortedDocValuesField(Fields.UID, new BytesRef(key(Fields.uid(Fields.KIND_ANNOTATION, a.id())))));
        d.add(new BinaryDocValuesField(Fields.VERSION, new BytesRef(version(a))));
        target(d, a.id());
        if (a.page() > 0) {
            page(d, a.page());
        }
        for (String t : a.tags()) {
            key(d, Fields.TAG, t);
        }
        if (a.color() != null) {
            key(d, Fields.COLOR, a.color());
        }
        if (a.type() != null) {
            key(d, Fields.ANNOTATION_TYPE, a.type().name());
        }
        d.add(body(List.of(a.exact(), a.note() == null ? "" : a.note())));
        return d;
    }

    /** A thread: its title and the text of every post. */
    static Document thread(PostThread t) {
        Document d = common(Fields.KIND_THREAD, t.paperId());
        key(d, Fields.UID, Fields.uid(Fields.KIND_THREAD, t.id()));
        d.add(new SortedDocValuesField(Fields.UID, new BytesRef(key(Fields.uid(Fields.KIND_THREAD, t.id())))));
        d.add(new BinaryDocValuesField(Fields.VERSION, new BytesRef(version(t))));
        target(d, t.id());
        String title = t.title() == null || t.title().isBlank() ? "Untitled thread" : t.title();
        title(d, title);
        List<String> parts = new ArrayList<>();
        parts.add(t.title());
        for (Post p : t.posts()) {
            parts.add(p.text());
        }
        d.add(body(parts));
        return d;
    }

    /*
     * What a hit shows (kind, paper, page, target, title) is kept in doc values, not stored
     * fields: reading them costs no decompression of the stored page text.
     */
    private static Document common(String kind, String paperId) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.KIND, new BytesRef(kind)));
        if (paperId != null) {
            d.add(new StringField(Fields.PAPER, key(paperId), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.PAPER_ID, new BytesRef(paperId)));
        }
        return d;
    }

    private static void page(Document d, int page) {
        d.add(new IntPoint(Fields.PAGE, page));
        d.add(new NumericDocValuesField(Fields.PAGE, page));
    }

    private static void target(Document d, String id) {
        d.add(new BinaryDocValuesField(Fields.TARGET, new BytesRef(id)));
    }

    private static void title(Document d, String title) {
        d.add(new BinaryDocValuesField(Fields.TITLE, new BytesRef(title)));
    }

    private static Field body(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(p.strip());
            }
        }
        return new Field(Fields.BODY, normalize(b.toString()), BODY_TYPE);
    }

    private static void key(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, key(value), Field.Store.NO));
        }
    }

    /** How keyword values are indexed and looked up: trimmed, lower-cased. */
    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Compatibility-normalizes text (NFKC) so ligatures from PDFs ("ﬁ") and full-width forms
     * match what people type; the highlighter's offsets refer to this stored form.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
