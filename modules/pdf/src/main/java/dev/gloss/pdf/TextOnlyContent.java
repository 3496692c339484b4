package dev.gloss.pdf;

import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A content stream without the operators that cannot change extracted text (paths, painting,
 * clipping, colours, line styles) and their operands, for the text stripper: a plot drawn as
 * tens of thousands of path operators otherwise costs PDFBox far more to parse than the page's
 * text (one 888 KB figure took 30 ms of a 33 ms page). PDFBox's stripper registers none of these
 * operators, so it ignored them after parsing them.
 *
 * <p>Tokens are delimited exactly as PDFBox 3's content stream parser delimits them (its string
 * heuristics included); from anything unusual on (an inline image, a malformed number, a
 * reference in an array) the rest of the stream is kept as it is. Either way the stripper sees
 * the same operators with the same operands as in the original stream.
 */
final class TextOnlyContent {
    /** Operators PDFBox's text stripper does not register, as packed keys (see {@link #key}). */
    private static final int[] GRAPHICS_ONLY = keys("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "W", "W*", "w", "J", "j", "M", "d", "ri", "i", "g", "G", "rg", "RG", "k", "K",
            "cs", "CS", "sc", "SC", "scn", "SCN", "sh");

    /** PDFBox's own limit of nested arrays and dictionaries. */
    private static final int MAX_DEPTH = 500;

    private final byte[] in;
    private int p;
    private byte[] out;
    private int size;
    private boolean droppedSinceKept;
    private int depth;

    private TextOnlyContent(byte[] in) {
        this.in = in;
    }

    /** The stream's bytes without its graphics-only operators (closes {@code source}). */
    static RandomAccessRead of(RandomAccessRead source) throws IOException {
        byte[] bytes;
        try (source) {
            // read to the end: a stream decoded on the fly does not know its length in advance
            bytes = new byte[(int) Math.max(4096, Math.min(source.length(), Integer.MAX_VALUE - 16))];
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    bytes = Arrays.copyOf(bytes, n * 2);
                }
                int r = source.read(bytes, n, bytes.length - n);
                if (r <= 0) {
                    break;
                }
                n += r;
            }
            bytes = Arrays.copyOf(bytes, n);
        }
        return new RandomAccessReadBuffer(strip(bytes));
    }

    /** The content without its graphics-only operators; {@code content} itself when it has none. */
    static byte[] strip(byte[] content) {
        return new TextOnlyContent(content).run();
    }

    private byte[] run() {
        int runStart = 0; // where the operands of the next operator begin
        while (true) {
            skipSpaces();
            if (p >= in.length) {
                return finish(runStart);
            }
            int c = in[p] & 0xff;
            int opStart = -1;
            boolean ok = true;
            switch (c) {
                case '<' -> ok = p + 1 < in.length && in[p + 1] == '<' ? dictionary() : hexString();
                case '[' -> ok = array();
                case '(' -> ok = literalString();
                case '/' -> name();
                case 'n', 't', 'f' -> {
                    int s = p;
                    word();
                    if (!isKeyword(s, p)) {
                        opStart = s;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', '.' -> ok = operandNumber();
                case 'B' -> {
                    opStart = p;
                    word();
                    ok = !(p - opStart == 2 && in[opStart + 1] == 'I'); // an inline image: its data is PDFBox's to find
                }
                case 'I', ']' -> ok = false;
                default -> {
                    opStart = p;
                    ok = operator();
                }
            }
            if (!ok) {
                return finish(runStart);
            }
            if (opStart >= 0) {
                if (Arrays.binarySearch(GRAPHICS_ONLY, key(opStart, p)) < 0) {
                    keep(runStart, p);
                } else {
                    if (out == null) {
                        out = Arrays.copyOf(in, in.length); // the kept bytes so far are in place already
                        size = runStart;
                    }
                    droppedSinceKept = true;
                }
                runStart = p;
            }
        }
    }

    /** Copies a run of operands and its operator (when something was dropped before it). */
    private void keep(int from, int to) {
        if (out == null) {
            return;
        }
        if (droppedSinceKept) {
            out[size++] = ' '; // the dropped run had separated the tokens on either side (never longer than it)
            droppedSinceKept = false;
        }
        System.arraycopy(in, from, out, size, to - from);
        size += to - from;
    }

    private byte[] finish(int runStart) {
        if (out == null) {
            return in;
        }
        keep(runStart, in.length);
        return Arrays.copyOf(out, size);
    }

    private static boolean isWhitespace(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    /** PDFBox's BaseParser.isEndOfName. */
    private static boolean isEndOfName(int c) {
        return isWhitespace(c) || c == '%' || c == '(' || c == ')' || c == '/' || c == '<' || c == '>' || c == '['
                || c == ']';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private int next() {
        return p < in.length ? in[p++] & 0xff : -1;
    }

    /** Whitespace and comments, as BaseParser.skipSpaces. */
    private void skipSpaces() {
        while (p < in.length) {
            int c = in[p] & 0xff;
            if (isWhitespace(c)) {
                p++;
            } else if (c == '%') {
                while (p < in.length && in[p] != '\n' && in[p] != '\r') {
                    p++;
                }
            } else {
                return;
            }
        }
    }

    /** BaseParser.readString: up to the end of a name. */
    private void word() {
        while (p < in.length && !isEndOfName(in[p] & 0xff)) {
            p++;
        }
    }

    private boolean isKeyword(int from, int to) {
        String w = new String(in, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return w.equals("null") || w.equals("true") || w.equals("false");
    }

    private void name() {
        p++;
        word();
    }

    /** PDFStreamParser.readOperator: up to whitespace, a digit or a delimiter ('d0' and 'd1' whole). */
    private boolean operator() {
        int start = p;
        while (p < in.length) {
            int c = in[p] & 0xff;
            if (isWhitespace(c) || c == '[' || c == '<' || c == '(' || c == '/' || c == '%' || isDigit(c)) {
                break;
            }
            if (c <= ' ') {
                return false; // PDFBox trims control characters away (an empty operator ends its parsing)
            }
            p++;
            if (c == 'd' && p < in.length && (in[p] == '0' || in[p] == '1')) {
                p++;
            }
        }
        return p > start;
    }

    /** A number as PDFStreamParser reads one among operands; false when it would not be a plain number. */
    private boolean operandNumber() {
        int first = in[p++] & 0xff;
        boolean digits = isDigit(first);
        if (first == '-' && p < in.length && in[p] == '-') {
            p++;
        }
        boolean dotNotRead = first != '.';
        while (p < in.length) {
            int c = in[p] & 0xff;
            if (isDigit(c)) {
                digits = true;
            } else if (!(dotNotRead && c == '.' || c == '-')) {
                break;
            }
            if (c == '.') {
                dotNotRead = false;
            }
            p++;
        }
        return digits;
    }

    /** A number inside an array or dictionary: strictly [+-]digits[.digits], ending at a delimiter. */
    private boolean strictNumber() {
        int start = p;
        if (in[p] == '+' || in[p] == '-') {
            p++;
        }
        int digits = 0;
        boolean dot = false;
        while (p < in.length) {
            int c = in[p] & 0xff;
            if (isDigit(c)) {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            p++;
        }
        return digits > 0 && p > start && (p == in.length || isEndOfName(in[p] & 0xff));
    }

    /** BaseParser.parseCOSString for '(': nested parentheses, escapes and its end-of-string heuristic. */
    private boolean literalString() {
        p++;
        int braces = 1;
        int c = next();
        while (braces > 0 && c != -1) {
            int following = -2;
            if (c == ')') {
                braces = endOfString(braces - 1);
            } else if (c == '(') {
                braces++;
            } else if (c == '\\') {
                int e = next();
                if (e == '\n' || e == '\r') {
                    int x = next();
                    while (x == '\n' || x == '\r') {
                        x = next();
                    }
                    following = x;
                } else if (e == ')') {
                    braces = endOfString(braces);
                } else if (e >= '0' && e <= '7') {
                    int x = next();
                    if (x >= '0' && x <= '7') {
                        x = next();
                        if (!(x >= '0' && x <= '7')) {
                            following = x;
                        }
                    } else {
                        following = x;
                    }
                }
            }
            c = following != -2 ? following : next();
        }
        if (c != -1) {
            p--; // PDFBox reads one byte past the string and puts it back
            return true;
        }
        return false; // ended by the end of the stream: the rest is left to PDFBox
    }

    /** BaseParser.checkForEndOfString: a ')' before a line break and '/' or '>' ends the string. */
    private int endOfString(int braces) {
        if (braces == 0 || p + 3 > in.length) {
            return braces;
        }
        int b0 = in[p];
        int b1 = in[p + 1];
        int b2 = in[p + 2];
        boolean eol = b0 == '\r' || b0 == '\n';
        if (eol && (b1 == '/' || b1 == '>') || b0 == '\r' && b1 == '\n' && (b2 == '/' || b2 == '>')) {
            return 0;
        }
        return braces;
    }

    private boolean hexString() {
        for (p++; p < in.length; p++) {
            if (in[p] == '>') {
                p++;
                return true;
            }
        }
        return false;
    }

    private boolean array() {
        if (!enter(1)) {
            return false;
        }
        while (nextToken()) {
            if (in[p] == ']') {
                p++;
                depth--;
                return true;
            }
            if (!value()) {
                return false;
            }
        }
        return false;
    }

    private boolean dictionary() {
        if (!enter(2)) {
            return false;
        }
        while (nextToken()) {
            if (in[p] == '>') {
                boolean closed = p + 1 < in.length && in[p + 1] == '>';
                p += 2;
                depth--;
                return closed;
            }
            if (in[p] != '/') {
                return false;
            }
            name();
            if (!nextToken() || !value()) {
                return false;
            }
            skipSpaces();
            if (p < in.length && isDigit(in[p] & 0xff)) {
                return false; // "1 0 R" or a value PDFBox would try as one
            }
        }
        return false;
    }

    /** Steps over an opening bracket; false beyond PDFBox's depth limit. */
    private boolean enter(int width) {
        p += width;
        return ++depth <= MAX_DEPTH;
    }

    /** Skips to the next token; false at the end of the stream. */
    private boolean nextToken() {
        skipSpaces();
        return p < in.length;
    }

    /** One direct object inside an array or dictionary: only the plain kinds. */
    private boolean value() {
        int c = in[p] & 0xff;
        switch (c) {
            case '(':
                return literalString();
            case '<':
                return p + 1 < in.length && in[p + 1] == '<' ? dictionary() : hexString();
            case '[':
                return array();
            case '/':
                name();
                return true;
            case 't', 'f', 'n': {
                int s = p;
                word();
                return isKeyword(s, p);
            }
            default:
                return (isDigit(c) || c == '+' || c == '-' || c == '.') && strictNumber();
        }
    }

    /** Up to three bytes of an operator packed into an int; longer operators get a key no table holds. */
    private int key(int from, int to) {
        if (to - from > 3) {
            return -1;
        }
        int k = 0;
        for (int i = from; i < to; i++) {
            k = k << 8 | (in[i] & 0xff);
        }
        return k;
    }

    private static int[] keys(String... ops) {
        int[] k = new int[ops.length];
        for (int i = 0; i < ops.length; i++) {
            byte[] b = ops[i].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            k[i] = new TextOnlyContent(b).key(0, b.length);
        }
        Arrays.sort(k);
        return k;
    }
}
