package dev.gloss.search;

import dev.gloss.workspace.AnnotationType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Gloss query language, on Lucene's classic syntax: words (all must match), "phrases",
 * prefixes ({@code fine-tun*}), and the filters {@code author:}, {@code tag:}, {@code color:},
 * {@code type:} (page, annotation, thread, paper, or an annotation type like highlight),
 * {@code paper:ID}, {@code page:N}, {@code year:}, {@code venue:}, {@code arxiv:}, {@code doi:}.
 * <p>
 * Paper metadata lives on the paper's own document only; a metadata filter is resolved to the
 * set of matching papers first and then selects everything of those papers (pages,
 * annotations, threads), so editing a paper's metadata never reindexes its pages.
 * <p>
 * Not thread-safe: one parser per query.
 */
final class GlossQueryParser extends QueryParser {
    private static final Logger LOG = Logger.getLogger(GlossQueryParser.class.getName());
    private static final String TYPE = "type";
    private static final Map<String, String> ALIASES = Map.of("authors", Fields.AUTHOR, "tags", Fields.TAG,
            "colour", Fields.COLOR, "kind", TYPE, "arxivid", Fields.ARXIV, "pages", Fields.PAGE);
    /** Fields that describe a paper and are resolved through the paper's document. */
    private static final Set<String> PAPER_FIELDS = Set.of(Fields.AUTHOR, Fields.YEAR, Fields.VENUE, Fields.ARXIV, Fields.DOI);
    private static final Set<String> OWN_FIELDS = Set.of(Fields.BODY, Fields.COLOR, Fields.PAPER, Fields.PAGE, TYPE, Fields.TAG);

    /** DOIs and old arXiv ids contain '/', which the syntax reads as a regular expression: quote them. */
    private static final java.util.regex.Pattern IDENTIFIERS =
            java.util.regex.Pattern.compile("(?i)\\b(doi|arxiv|arxivid):(?!\")([^\\s\"]+)");

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    GlossQueryParser(Analyzer analyzer, IndexSearcher searcher) {
        super(Fields.BODY, analyzer);
        this.searcher = searcher;
        this.analyzer = analyzer;
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(true); // must precede the next line
        setAutoGeneratePhraseQueries(true); // "fine-tuning" is the phrase "fine tune", not two loose words
        setAllowLeadingWildcard(false);
    }

    /**
     * Parses what a user typed. Never fails: an unbalanced quote is dropped, and text that is
     * still not valid syntax is searched as plain words.
     */
    static Query parseLenient(String input, Analyzer analyzer, IndexSearcher searcher) {
        String text = IDENTIFIERS.matcher(IndexDocuments.normalize(input).strip()).replaceAll("$1:\"$2\"");
        if (text.isEmpty()) {
            return new MatchNoDocsQuery("empty query");
        }
        List<String> attempts = new ArrayList<>();
        attempts.add(text);
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            int last = text.lastIndexOf('"');
            attempts.add(text.substring(0, last) + text.substring(last + 1));
        }
        attempts.add(QueryParser.escape(text));
        for (String attempt : attempts) {
            try {
                Query q = new GlossQueryParser(analyzer, searcher).parse(attempt);
                return q == null ? new MatchNoDocsQuery("nothing searchable") : q;
            } catch (ParseException | IndexSearcher.TooManyClauses e) {
                LOG.log(Level.FINE, "query \"{0}\" is not valid syntax ({1}); trying it plainer", new Object[]{attempt, e.getMessage()});
            }
        }
        return new MatchNoDocsQuery("not a query");
    }

    private static String canonical(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(f, f);
    }

    private static boolean known(String field) {
        return OWN_FIELDS.contains(field) || PAPER_FIELDS.contains(field);
    }

    /**
     * Filters (everything but words of the text) do not score: they select. A clause that is a
     * {@link ConstantScoreQuery} and must match becomes a FILTER clause.
     */
    @Override
    protected BooleanClause newBooleanClause(Query q, BooleanClause.Occur occur) {
        if (q instanceof ConstantScoreQuery && occur == BooleanClause.Occur.MUST) {
            return new BooleanClause(q, BooleanClause.Occur.FILTER);
        }
        return super.newBooleanClause(q, occur);
    }

    /** Whether a parsed query only selects (filters) and scores nothing. */
    static boolean onlyFilters(Query q) {
        if (q instanceof ConstantScoreQuery || q instanceof MatchNoDocsQuery) {
            return true;
        }
        if (q instanceof BooleanQuery b) {
            return b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.FILTER
                    || c.getOccur() == BooleanClause.Occur.MUST_NOT || onlyFilters(c.getQuery()));
        }
        return false;
    }

    private static Query filter(Query q) {
        return q == null || q instanceof ConstantScoreQuery || q instanceof MatchNoDocsQuery ? q : new ConstantScoreQuery(q);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        String f = canonical(field);
        if (known(f) && !f.equals(Fields.BODY)) {
            return filter(fieldQuery(f, field, text, quoted));
        }
        return fieldQuery(f, field, text, quoted);
    }

    private Query fieldQuery(String f, String field, String text, boolean quoted) throws ParseException {
        if (!known(f)) {
            // "foo:bar" with a field we do not have is two words the user meant literally
            return allOf(super.getFieldQuery(Fields.BODY, field, false), super.getFieldQuery(Fields.BODY, text, quoted));
        }
        return switch (f) {
            case TYPE -> typeQuery(text);
            case Fields.PAGE -> intQuery(Fields.PAGE, text, text);
            case Fields.YEAR -> joinPapers(intQuery(Fields.YEAR, text, text));
            case Fields.TAG -> tagQuery(super.getFieldQuery(Fields.TAG, text, quoted));
            default -> PAPER_FIELDS.contains(f) ? joinPapers(super.getFieldQuery(f, text, quoted)) : super.getFieldQuery(f, text, quoted);
        };
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        String f = canonical(field);
        if (f.equals(Fields.PAGE) || f.equals(Fields.YEAR)) {
            Integer lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : parseInt(part1);
            Integer hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : parseInt(part2);
            if (lo == null || hi == null) {
                return new MatchNoDocsQuery("not a number");
            }
            int from = startInclusive || lo == Integer.MIN_VALUE ? lo : lo + 1;
            int to = endInclusive || hi == Integer.MAX_VALUE ? hi : hi - 1;
            Query q = IntPoint.newRangeQuery(f, from, to);
            return f.equals(Fields.YEAR) ? joinPapers(q) : filter(q);
        }
        return wrap(f, super.getRangeQuery(target(f), part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String f = canonical(field);
        if (f.equals(Fields.BODY) || !known(f)) {
            String text = f.equals(Fields.BODY) ? termStr : field + " " + termStr;
            return bodyPrefix(text);
        }
        return wrap(f, super.getPrefixQuery(target(f), termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        String f = canonical(field);
        return wrap(f, super.getWildcardQuery(known(f) ? target(f) : Fields.BODY, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String f = canonical(field);
        return wrap(f, super.getFuzzyQuery(known(f) ? target(f) : Fields.BODY, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        String f = canonical(field);
        return wrap(f, super.getRegexpQuery(known(f) ? target(f) : Fields.BODY, termStr));
    }

    private static Query allOf(Query a, Query b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST).build();
    }

    /** The indexed field a query field reads ("type" is stored as the kind). */
    private static String target(String f) {
        return f.equals(TYPE) ? Fields.KIND : f;
    }

    private Query wrap(String f, Query q) {
        if (f.equals(Fields.TAG)) {
            return tagQuery(q);
        }
        if (PAPER_FIELDS.contains(f)) {
            return joinPapers(q);
        }
        return known(f) && !f.equals(Fields.BODY) ? filter(q) : q;
    }

    /**
     * A prefix with separators ({@code fine-tun*}): the words before the last are matched as
     * analyzed terms and the last as a prefix, in order, so it finds "fine-tuning" and "fine-tuned".
     */
    private Query bodyPrefix(String termStr) throws ParseException {
        String[] parts = termStr.split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                words.add(p);
            }
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("empty prefix");
        }
        if (words.size() == 1) {
            return super.getPrefixQuery(Fields.BODY, words.get(0));
        }
        List<IntervalsSource> sources = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < words.size() - 1; i++) {
            List<String> terms = analyze(words.get(i));
            if (terms.isEmpty()) {
                dropped++;
            }
            terms.forEach(t -> sources.add(Intervals.term(t)));
        }
        BytesRef prefix = analyzer.normalize(Fields.BODY, words.get(words.size() - 1));
        sources.add(Intervals.prefix(BytesRef.deepCopyOf(prefix)));
        IntervalsSource all = sources.size() == 1 ? sources.get(0)
                : dropped == 0 ? Intervals.phrase(sources.toArray(IntervalsSource[]::new))
                : Intervals.maxgaps(dropped, Intervals.ordered(sources.toArray(IntervalsSource[]::new)));
        return new IntervalQuery(Fields.BODY, all);
    }

    private List<String> analyze(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Query typeQuery(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        String singular = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        for (String candidate : List.of(v, singular)) {
            if (Fields.KINDS.contains(candidate)) {
                return new TermQuery(new Term(Fields.KIND, candidate));
            }
            for (AnnotationType t : AnnotationType.values()) {
                if (t.name().equalsIgnoreCase(candidate)) {
                    return new TermQuery(new Term(Fields.ANNOTATION_TYPE, IndexDocuments.key(t.name())));
                }
            }
        }
        return new MatchNoDocsQuery("no type " + v);
    }

    private static Query intQuery(String field, String from, String to) {
        Integer lo = parseInt(from);
        Integer hi = parseInt(to);
        if (lo == null || hi == null) {
            return new MatchNoDocsQuery(field + " is not a number");
        }
        return IntPoint.newRangeQuery(field, lo, hi);
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A tag matches an object tagged with it, and everything of a paper tagged with it. */
    private Query tagQuery(Query own) {
        if (own == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(own, BooleanClause.Occur.SHOULD);
        b.add(joinPapers(own), BooleanClause.Occur.SHOULD);
        return new ConstantScoreQuery(b.build());
    }

    /** Everything that belongs to a paper whose own document matches {@code onPaper}. */
    private Query joinPapers(Query onPaper) {
        if (onPaper == null) {
            return null;
        }
        Query papers = new BooleanQuery.Builder()
                .add(onPaper, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PAPER)), BooleanClause.Occur.FILTER)
                .build();
        Set<BytesRef> ids;
        try {
            ids = searcher.search(papers, new PaperIds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no paper matches " + onPaper);
        }
        return new ConstantScoreQuery(new TermInSetQuery(Fields.PAPER, ids));
    }

    /** Collects the paper ids of matching paper documents from doc values. */
    private static final class PaperIds implements CollectorManager<PaperIds.Leaf, Set<BytesRef>> {
        @Override
        public Leaf newCollector() {
            return new Leaf();
        }

        @Override
        public Set<BytesRef> reduce(java.util.Collection<Leaf> collectors) {
            Set<BytesRef> all = new HashSet<>();
            collectors.forEach(c -> all.addAll(c.ids));
            return all;
        }

        static final class Leaf extends SimpleCollector {
            final Set<BytesRef> ids = new HashSet<>();
            private SortedDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = context.reader().getSortedDocValues(Fields.PAPER_ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values != null && values.advanceExact(doc)) {
                    ids.add(new BytesRef(IndexDocuments.key(values.lookupOrd(values.ordValue()).utf8ToString())));
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
