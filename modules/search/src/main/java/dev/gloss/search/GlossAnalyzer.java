package dev.gloss.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the Gloss index: English text with the gentle KStem stemmer (Porter folds
 * "university" and "universe" together, which hurts in papers), accents folded so "Schölkopf"
 * matches "Scholkopf", English stop words dropped. Author names are folded but not stemmed;
 * keyword fields (tags, colours, ids) are matched whole, case-insensitively.
 * <p>
 * The same analyzer must be used to index and to query; it is thread-safe.
 */
public final class GlossAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer text = new TextAnalyzer();
    private final Analyzer names = new NameAnalyzer();
    private final Analyzer keyword = new KeywordAnalyzer();
    private final Map<String, Analyzer> byField;

    public GlossAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
        this.byField = Map.of(Fields.AUTHOR, names, Fields.VENUE, names);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (Fields.KEYWORDS.contains(fieldName)) {
            return keyword;
        }
        return byField.getOrDefault(fieldName, text);
    }

    /** Words of running text: tokenized, folded, stop words dropped, stemmed. */
    private static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new ASCIIFoldingFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new KStemFilter(s);
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Person and venue names: tokenized and folded, never stemmed. */
    private static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** One token per value, lower-cased: tags, colours, kinds, ids. */
    private static final class KeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
