package dev.gloss.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * PostScript calculator functions (type 4, ISO 32000-2 §7.10.5) as other readers evaluate them.
 * {@code mod}, {@code idiv} and {@code bitshift} take integers; PDFBox fails the whole page with
 * a {@code ClassCastException} when a real reaches them ({@code 4 mul floor 2 mod}: {@code floor}
 * gives a real), where pdf.js and poppler compute on. Before a page is drawn, each calculator
 * function its resources reach (shadings, patterns, forms, colour spaces' tint transforms,
 * transfer functions) gets {@code cvi} before those operators' operands, in memory only: the
 * file is never written.
 */
final class CalculatorFunctions {
    private static final Logger LOG = Logger.getLogger(CalculatorFunctions.class.getName());
    /** The operators that pop two integers; {@code cvi} on both first keeps integers as they are. */
    private static final Pattern INTEGER_OPERATOR = Pattern.compile("(?<![^\\s{}])(mod|idiv|bitshift)(?![^\\s{}])");
    /** Enough for any real page's resources; a hostile file's web of forms is not walked further. */
    private static final int MAX_OBJECTS = 5_000;

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Loosens the calculator functions that the resources of a page (its dictionary) reach; each object once. */
    void loosen(COSDictionary page) {
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(page.getDictionaryObject(COSName.RESOURCES) == null ? page : page.getDictionaryObject(COSName.RESOURCES));
        int visited = 0;
        while (!todo.isEmpty() && visited < MAX_OBJECTS) {
            COSBase b = todo.pop();
            if (b == null || !seen.add(b)) {
                continue;
            }
            visited++;
            if (b instanceof COSStream s && s.getInt(COSName.FUNCTION_TYPE, -1) == 4) {
                rewrite(s);
            }
            if (b instanceof COSDictionary d) {
                // every value: resources nest through forms, patterns, shadings, graphics states and soft masks
                for (COSName key : d.keySet()) {
                    if (!COSName.PARENT.equals(key) && !COSName.CONTENTS.equals(key)) {
                        push(todo, d.getDictionaryObject(key));
                    }
                }
            } else if (b instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    push(todo, a.getObject(i));
                }
            }
        }
    }

    private static void push(Deque<COSBase> todo, COSBase b) {
        if (b instanceof COSDictionary || b instanceof COSArray) {
            todo.push(b);
        }
    }

    private static void rewrite(COSStream function) {
        try {
            String program;
            try (InputStream in = function.createInputStream()) {
                program = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            Matcher m = INTEGER_OPERATOR.matcher(program);
            if (!m.find()) {
                return;
            }
            String loosened = m.replaceAll("cvi exch cvi exch $1");
            try (OutputStream out = function.createOutputStream()) {
                out.write(loosened.getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the function stays as it is; drawing it may fail, and then only that part of the page
            LOG.log(Level.FINE, "a calculator function could not be read", e);
        }
    }
}
