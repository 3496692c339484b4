package dev.gloss.search;

import java.util.Set;

/** Field names and values of the index schema; one place, so writer, parser and searcher agree. */
final class Fields {
    /** Bumped whenever the schema or analysis changes: an index of another schema is rebuilt. */
    static final String SCHEMA = "2";
    static final String SCHEMA_KEY = "gloss.schema";

    /** Unique key of a paper, annotation or thread document ("paper:ID"...); pages have none. */
    static final String UID = "uid";
    /** Content version of a paper, annotation or thread document (doc values). */
    static final String VERSION = "ver";
    /** On paper documents: the state of its page text (sha256, or "failed:stamp", or "none"). */
    static final String TEXT_STATE = "textstate";

    static final String KIND = "kind";
    static final String PAPER = "paper";
    /** The paper's id as written (doc values), on every document that belongs to a paper. */
    static final String PAPER_ID = "paperid";
    static final String PAGE = "page";
    static final String TARGET = "target";
    static final String TITLE = "title";
    static final String BODY = "body";

    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String COLOR = "color";
    static final String ANNOTATION_TYPE = "atype";
    static final String YEAR = "year";
    static final String VENUE = "venue";
    static final String ARXIV = "arxiv";
    static final String DOI = "doi";

    static final String KIND_PAGE = "page";
    static final String KIND_PAPER = "paper";
    static final String KIND_ANNOTATION = "annotation";
    static final String KIND_THREAD = "thread";
    static final Set<String> KINDS = Set.of(KIND_PAGE, KIND_PAPER, KIND_ANNOTATION, KIND_THREAD);

    /** Single-token fields, matched exactly after lower-casing. */
    static final Set<String> KEYWORDS = Set.of(KIND, PAPER, TAG, COLOR, ANNOTATION_TYPE, ARXIV, DOI, UID);

    private Fields() {
    }

    static String uid(String kind, String id) {
        return kind + ":" + id;
    }
}
