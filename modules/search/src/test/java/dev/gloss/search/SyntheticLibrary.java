package dev.gloss.search;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.TextQuoteSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * A large generated library for measuring search, without PDFs: papers with metadata, pages of
 * generated English-like text (Zipf-distributed words, as in real prose, mixed with real
 * research vocabulary), a few annotations per paper and some threads, indexed with the same
 * schema and analysis as a workspace's index.
 * <pre>{@code
 * SyntheticLibrary.Result r = SyntheticLibrary.build(dir, 10_000, 20, 42);   // 200,000 pages
 * try (SearchIndex index = SearchIndex.openReadOnly(dir)) {
 *     for (String q : SyntheticLibrary.queries(42, 500)) index.search(q, 20);
 * }
 * }</pre>
 * Test code, not product: it lives in this module's test jar, which {@code ./bench} uses for its
 * search rows (it needs the index's package-private schema and analysis).
 */
public final class SyntheticLibrary {
    /** Words per generated page: a dense page of a two-column paper. */
    static final int WORDS_PER_PAGE = 550;
    private static final int VOCABULARY = 100_000;

    /**
     * Function words, the most frequent words of any English text (a third of a paper's words);
     * most are dropped by the analysis, as in real papers.
     */
    private static final String[] FUNCTION = ("the of and to in a is that for we this with as are on by be "
            + "our from which an can it at not or these such each than also their both between has have were been "
            + "into more when where only all other its may how over using used two one first new however").split(" ");
    private static final String[] RESEARCH = ("model models learning attention transformer transformers network networks "
            + "neural training trained data dataset datasets language languages task tasks performance results result "
            + "method methods approach approaches evaluation evaluate evaluated baseline baselines layer layers token "
            + "tokens embedding embeddings representation representations pretraining pretrained fine tuning tuned "
            + "parameters parameter loss gradient optimization optimizer accuracy benchmark benchmarks retrieval "
            + "generation generative inference sequence sequences encoder decoder architecture experiments experiment "
            + "analysis corpus corpora annotation annotations supervised unsupervised reinforcement policy reward graph "
            + "graphs convolutional recurrent memory efficient efficiency scaling scale compute hardware latency "
            + "throughput sparse dense vector vectors matrix probability distribution sampling samples noise robust "
            + "robustness bias fairness interpretability knowledge reasoning question answering translation summarization "
            + "classification regression clustering segmentation detection image images vision speech audio multimodal "
            + "contrastive objective function theorem proof lemma algorithm algorithms complexity bound bounds compiler "
            + "trace tracing interpreter runtime javascript just time type types specialization loop loops").split(" ");
    private static final String[] FIRST = ("Ada Alan Barbara Claude Donald Edsger Frances Grace Hedy Ivan John Karen "
            + "Leslie Margaret Niklaus Ole Peter Radia Shafi Tim Yoshua Geoffrey Yann Fei Daphne Andrew Jeff Ilya "
            + "Oriol Noam Ashish Jakob Llion Aidan Lukasz Illia Sanjeev Christopher Percy Emily Timnit Dan").split(" ");
    private static final String[] LAST = ("Lovelace Turing Liskov Shannon Knuth Dijkstra Allen Hopper Lamarr Sutherland "
            + "McCarthy Jones Lamport Hamilton Wirth Dahl Naur Perlman Goldwasser Berners-Lee Bengio Hinton LeCun Li "
            + "Koller Ng Dean Sutskever Vinyals Shazeer Vaswani Uszkoreit Gomez Kaiser Polosukhin Arora Manning Liang "
            + "Bender Gebru Jurafsky Schölkopf Gal Gregor Franz").split(" ");
    private static final String[] VENUES = {"NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "NAACL", "CVPR", "PLDI",
        "POPL", "OSDI", "SIGIR", "KDD", "AAAI", "arXiv"};
    static final String[] TAGS = {"ml", "nlp", "vision", "systems", "theory", "to-read", "important", "survey",
        "benchmark", "compilers", "retrieval", "speech", "rl", "graphs", "security", "hci"};
    static final String[] COLORS = {"yellow", "green", "blue", "red", "purple"};

    private SyntheticLibrary() {
    }

    /**
     * What was built.
     *
     * @param folder the index folder
     * @param papers papers generated
     * @param pages  pages generated
     * @param bytes  size of the index on disk
     */
    public record Result(Path folder, int papers, int pages, long bytes, Duration elapsed) {
        /** Index bytes per page (metadata, annotations and threads included). */
        public double bytesPerPage() {
            return pages == 0 ? 0 : (double) bytes / pages;
        }
    }

    /**
     * Generates and indexes a library into {@code indexDir} (emptied first), on two threads.
     * The same seed gives the same library.
     */
    public static Result build(Path indexDir, int papers, int pagesPerPaper, long seed) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(indexDir);
        try (Stream<Path> old = Files.list(indexDir)) {
            for (Path f : old.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Words words = new Words(seed);
        IndexWriterConfig c = new IndexWriterConfig(new GlossAnalyzer());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        c.setRAMBufferSizeMB(128);
        ExecutorService pool = Executors.newFixedThreadPool(PageTextIndexer.THREADS, PageTextIndexer.daemon("gloss-synthetic"));
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, c)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < PageTextIndexer.THREADS; t++) {
                int part = t;
                parts.add(pool.submit(() -> {
                    for (int i = part; i < papers; i += PageTextIndexer.THREADS) {
                        indexPaper(w, words, new Random(seed * 1_000_003L + i), i, pagesPerPaper);
                    }
                    return null;
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
            w.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA).entrySet());
            w.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Building the synthetic library was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Building the synthetic library failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(indexDir, papers, papers * pagesPerPaper, size(indexDir), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void indexPaper(IndexWriter w, Words words, Random r, int n, int pageCount) throws IOException {
        byte[] sha = new byte[32];
        r.nextBytes(sha);
        String sha256 = HexFormat.of().formatHex(sha);
        String id = sha256.substring(0, 16);
        List<String> authors = new ArrayList<>();
        for (int a = 0, k = 1 + r.nextInt(5); a < k; a++) {
            authors.add(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
        }
        List<String> tags = new ArrayList<>();
        for (int t = 0, k = r.nextInt(3); t < k; t++) {
            tags.add(TAGS[r.nextInt(TAGS.length)]);
        }
        String title = capitalize(words.sentence(r, 6 + r.nextInt(6), false));
        Paper paper = new Paper(id, title, authors, 1995 + r.nextInt(31), VENUES[r.nextInt(VENUES.length)],
                String.format(Locale.ROOT, "%02d%02d.%05d", 10 + r.nextInt(15), 1 + r.nextInt(12), n % 100_000),
                null, words.text(r, 150), tags, "paper-" + n + ".pdf", pageCount, sha256, Instant.ofEpochSecond(1_600_000_000L + n));
        List<Document> docs = new ArrayList<>(pageCount + 4);
        String[] pages = new String[pageCount];
        for (int p = 0; p < pageCount; p++) {
            pages[p] = words.text(r, WORDS_PER_PAGE);
            docs.add(IndexDocuments.page(id, p + 1, pages[p]));
        }
        docs.add(IndexDocuments.paper(paper, sha256));
        for (int a = 0, k = r.nextInt(4); a < k; a++) {
            int page = 1 + r.nextInt(pageCount);
            String quote = excerpt(pages[page - 1], r);
            docs.add(IndexDocuments.annotation(new Annotation(id + "a" + a, id, AnnotationType.values()[r.nextInt(3)], page,
                    COLORS[r.nextInt(COLORS.length)], new TextQuoteSelector(quote, null, null), null, null, null, null,
                    r.nextInt(3) == 0 ? words.sentence(r, 10, true) : null,
                    r.nextInt(4) == 0 ? List.of(TAGS[r.nextInt(TAGS.length)]) : List.of(), null, null,
                    paper.added(), paper.added())));
        }
        if (r.nextInt(20) == 0) {
            docs.add(IndexDocuments.thread(new PostThread(id + "t", title, List.of("bluesky"), id,
                    List.of(Post.of(words.sentence(r, 30, true)), Post.of(words.sentence(r, 30, true))),
                    paper.added(), paper.added())));
        }
        w.addDocuments(docs);
    }

    private static String excerpt(String text, Random r) {
        int from = text.indexOf(' ', r.nextInt(Math.max(1, text.length() - 200))) + 1;
        int to = text.indexOf(' ', Math.min(text.length() - 1, from + 40 + r.nextInt(120)));
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Queries like people type them over such a library: words, two-word phrases, prefixes and
     * filters (author:, tag:, type:, color:, year:), in a fixed mix.
     */
    public static List<String> queries(long seed, int count) {
        Words words = new Words(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String w1 = words.contentWord(r);
            String w2 = words.contentWord(r);
            String research = RESEARCH[r.nextInt(RESEARCH.length)];
            out.add(switch (i % 10) {
                case 0 -> research;
                case 1 -> w1 + " " + research;
                case 2 -> "\"" + w1 + " " + w2 + "\"";
                case 3 -> research.substring(0, Math.min(research.length(), 4)) + "*";
                case 4 -> research + " author:" + LAST[r.nextInt(LAST.length)].toLowerCase(Locale.ROOT);
                case 5 -> research + " tag:" + TAGS[r.nextInt(TAGS.length)];
                case 6 -> research + " type:annotation color:" + COLORS[r.nextInt(COLORS.length)];
                case 7 -> words.rare(r);
                case 8 -> "fine-tun* " + research;
                default -> research + " " + RESEARCH[r.nextInt(RESEARCH.length)] + " year:[2010 TO 2020]";
            });
        }
        return out;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            }
            return total;
        }
    }

    /** A Zipf-distributed vocabulary of pronounceable made-up words plus real research words. */
    static final class Words {
        private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
            "v", "w", "z", "br", "cl", "dr", "fl", "gr", "pl", "pr", "st", "tr", "sh", "ch", "th", "sp"};
        private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
        private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "m", "nd", "st", "x", "ng"};
        private final String[] vocabulary = new String[VOCABULARY];
        private final double[] cumulative = new double[VOCABULARY];

        Words(long seed) {
            Random r = new Random(seed);
            java.util.Set<String> seen = new java.util.HashSet<>();
            int i = 0;
            // the most frequent words are function words, then research vocabulary, as in papers
            for (String w : FUNCTION) {
                if (seen.add(w)) {
                    vocabulary[i++] = w;
                }
            }
            for (String w : RESEARCH) {
                if (seen.add(w) && i < VOCABULARY) {
                    vocabulary[i++] = w;
                }
            }
            while (i < VOCABULARY) {
                StringBuilder b = new StringBuilder();
                for (int s = 0, n = 1 + r.nextInt(3); s < n; s++) {
                    b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)])
                            .append(CODAS[r.nextInt(CODAS.length)]);
                }
                if (seen.add(b.toString())) {
                    vocabulary[i++] = b.toString();
                }
            }
            // Zipf's law over the ranks, as in natural text
            double sum = 0;
            for (int k = 0; k < VOCABULARY; k++) {
                sum += 1.0 / Math.pow(k + 1, 1.05);
                cumulative[k] = sum;
            }
            for (int k = 0; k < VOCABULARY; k++) {
                cumulative[k] /= sum;
            }
        }

        String word(Random r) {
            int k = Arrays.binarySearch(cumulative, r.nextDouble());
            return vocabulary[Math.min(VOCABULARY - 1, k < 0 ? -k - 1 : k)];
        }

        /** A word as people search for it: drawn like text, but never a function word. */
        String contentWord(Random r) {
            while (true) {
                String w = word(r);
                if (Arrays.stream(FUNCTION).noneMatch(w::equals)) {
                    return w;
                }
            }
        }

        /** A word from the long tail. */
        String rare(Random r) {
            return vocabulary[VOCABULARY / 2 + r.nextInt(VOCABULARY / 2)];
        }

        String sentence(Random r, int n, boolean period) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(word(r));
            }
            return period ? capitalize(b.toString()) + "." : b.toString();
        }

        String text(Random r, int n) {
            StringBuilder b = new StringBuilder(n * 8);
            int left = n;
            while (left > 0) {
                int len = Math.min(left, 8 + r.nextInt(18));
                if (b.length() > 0) {
                    b.append(r.nextInt(6) == 0 ? "\n" : " ");
                }
                b.append(sentence(r, len, true));
                left -= len;
            }
            return b.toString();
        }
    }

    /**
     * Search latency over an index: every query is run once to warm up, then once timed.
     *
     * @param p50Millis median
     * @param p95Millis 95th percentile
     */
    public record LatencyReport(int queries, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
            long totalHits) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "search over %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                    queries, p50Millis, p95Millis, p99Millis, maxMillis);
        }
    }

    /** Measures search latency (including snippets) over an existing index folder. */
    public static LatencyReport measure(Path indexDir, List<String> queries, int limit) {
        try (SearchIndex index = SearchIndex.openReadOnly(indexDir)) {
            long hits = 0;
            for (String q : queries) {
                hits += index.search(q, limit).size();
            }
            double[] ms = new double[queries.size()];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                index.search(queries.get(i), limit);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return new LatencyReport(ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], hits);
        }
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
