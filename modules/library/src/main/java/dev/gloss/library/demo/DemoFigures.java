package dev.gloss.library.demo;

import dev.gloss.pdf.draw.PageCanvas;
import dev.gloss.pdf.draw.PdfFont;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The figure and the table of the demo paper, drawn as vector graphics and real text so that they
 * zoom cleanly and their labels can be selected like in a paper made with LaTeX.
 */
final class DemoFigures {
    private DemoFigures() {
    }

    /** Figure 1: relative weight change against depth for three model sizes, with its caption below. */
    static ColumnLayout.Block figure(PdfFont sans, PdfFont caption) {
        List<String> lines = ColumnLayout.wrap(DemoPaperText.FIGURE_CAPTION, caption, 9, ColumnLayout.COLUMN);
        float chartH = 150;
        float captionH = lines.size() * 10.5f;
        return new ColumnLayout.Block() {
            @Override
            public float height() {
                return chartH + 8 + captionH;
            }

            @Override
            public void draw(PageCanvas cs, float x, float top) throws IOException {
                chart(cs, sans, x, top - chartH, ColumnLayout.COLUMN, chartH);
                float y = top - chartH - 8;
                for (String line : lines) {
                    y -= 10.5f;
                    text(cs, caption, 9, x, y, line);
                }
            }
        };
    }

    /** Table 1 with its caption above, booktabs style (three rules, no vertical lines). */
    static ColumnLayout.Block table(PdfFont roman, PdfFont bold, PdfFont caption) {
        List<String> lines = ColumnLayout.wrap(DemoPaperText.TABLE_CAPTION, caption, 9, ColumnLayout.COLUMN);
        String[][] rows = {
            {"Tuned model", "50.0", "61.2", "2.1"},
            {"  bottom 8 from base", "48.7", "61.0", "2.4"},
            {"  middle 8 from base", "47.9", "60.3", "2.6"},
            {"  top 8 from base", "16.6", "61.4", "18.4"},
            {"Base model", "11.6", "61.5", "21.3"},
            {"  top 8 from tuned", "39.5", "61.3", "4.0"},
            {"  bottom 8 from tuned", "12.3", "61.4", "20.8"},
        };
        String[] head = {"Model", "Win rate", "Facts", "Format err."};
        float row = 11.5f;
        float captionH = lines.size() * 10.5f;
        float tableH = (rows.length + 1) * row + 12;
        return new ColumnLayout.Block() {
            @Override
            public float height() {
                return captionH + 8 + tableH;
            }

            @Override
            public void draw(PageCanvas cs, float x, float top) throws IOException {
                float y = top;
                for (String line : lines) {
                    y -= 10.5f;
                    text(cs, caption, 9, x, y, line);
                }
                y -= 8;
                float w = ColumnLayout.COLUMN;
                float[] right = {0, x + w * 0.56f, x + w * 0.73f, x + w};
                rule(cs, x, y, w, 0.8f);
                y -= row;
                for (int c = 0; c < head.length; c++) {
                    cell(cs, bold, x, right[c], y, head[c], c == 0);
                }
                y -= 4;
                rule(cs, x, y, w, 0.4f);
                for (int r = 0; r < rows.length; r++) {
                    if (r == 4) {
                        y -= 2;
                        rule(cs, x, y, w, 0.4f);
                    }
                    y -= row;
                    for (int c = 0; c < rows[r].length; c++) {
                        cell(cs, roman, x, right[c], y, rows[r][c], c == 0);
                    }
                }
                y -= 4;
                rule(cs, x, y, w, 0.8f);
            }
        };
    }

    private static void cell(PageCanvas cs, PdfFont font, float x, float right, float y, String s,
            boolean left) throws IOException {
        float at = left ? x + 2 : right - 2 - ColumnLayout.width(s, font, 9);
        text(cs, font, 9, at, y, s);
    }

    private static void rule(PageCanvas cs, float x, float y, float w, float width) throws IOException {
        cs.setLineWidth(width);
        cs.setStrokingColor(Color.BLACK);
        cs.moveTo(x, y);
        cs.lineTo(x + w, y);
        cs.stroke();
    }

    /** Relative weight change (%) at relative depth d for a model whose top layers move by {@code peak}. */
    static double change(double d, double floor, double peak) {
        return floor + peak * Math.exp(10 * (d - 1));
    }

    private static void chart(PageCanvas cs, PdfFont font, float x, float y, float w, float h)
            throws IOException {
        float left = x + 30;
        float bottom = y + 26;
        float pw = w - 38;
        float ph = h - 34;
        double maxY = 6;
        // grid and axes
        cs.setLineWidth(0.3f);
        cs.setStrokingColor(new Color(0.82f, 0.82f, 0.82f));
        for (int t = 1; t <= 3; t++) {
            float gy = bottom + (float) (t * 2 / maxY) * ph;
            cs.moveTo(left, gy);
            cs.lineTo(left + pw, gy);
        }
        cs.stroke();
        cs.setLineWidth(0.7f);
        cs.setStrokingColor(Color.BLACK);
        cs.moveTo(left, bottom + ph);
        cs.lineTo(left, bottom);
        cs.lineTo(left + pw, bottom);
        cs.stroke();
        for (int t = 0; t <= 3; t++) {
            float gy = bottom + (float) (t * 2 / maxY) * ph;
            String label = (t * 2) + "%";
            text(cs, font, 7, left - 4 - ColumnLayout.width(label, font, 7), gy - 2.5f, label);
        }
        for (int t = 0; t <= 4; t++) {
            float gx = left + t * pw / 4;
            cs.moveTo(gx, bottom);
            cs.lineTo(gx, bottom - 3);
            String label = t == 0 ? "0" : t == 4 ? "1" : String.valueOf(t * 0.25);
            text(cs, font, 7, gx - ColumnLayout.width(label, font, 7) / 2, bottom - 11, label);
        }
        cs.stroke();
        String xLabel = "relative depth of the layer";
        text(cs, font, 7.5f, left + (pw - ColumnLayout.width(xLabel, font, 7.5f)) / 2, y + 2, xLabel);
        String yLabel = "weight change";
        cs.beginText();
        cs.setFont(font, 7.5f);
        cs.setTextRotation(Math.PI / 2, x + 8, bottom + (ph - ColumnLayout.width(yLabel, font, 7.5f)) / 2);
        cs.showText(yLabel);
        cs.endText();

        String[] names = {"1.1B", "7B", "13B"};
        double[] peaks = {5.6, 4.0, 2.9};
        double[] floors = {0.25, 0.2, 0.15};
        Color[] colors = {new Color(31, 119, 180), new Color(230, 120, 20), new Color(44, 160, 44)};
        float[][] dashes = {{}, {3, 1.5f}, {1, 1.2f}};
        for (int s = 0; s < names.length; s++) {
            cs.setStrokingColor(colors[s]);
            cs.setLineWidth(1.2f);
            cs.setLineDashPattern(dashes[s], 0);
            for (int i = 0; i <= 40; i++) {
                double d = i / 40.0;
                float px = left + (float) d * pw;
                float py = bottom + (float) (change(d, floors[s], peaks[s]) / maxY) * ph;
                if (i == 0) {
                    cs.moveTo(px, py);
                } else {
                    cs.lineTo(px, py);
                }
            }
            cs.stroke();
            // legend, top left inside the plot
            float ly = bottom + ph - 8 - s * 10;
            cs.moveTo(left + 8, ly + 2.5f);
            cs.lineTo(left + 24, ly + 2.5f);
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
            text(cs, font, 7, left + 28, ly, names[s]);
        }
        cs.setStrokingColor(Color.BLACK);
    }

    static void text(PageCanvas cs, PdfFont font, float size, float x, float y, String s)
            throws IOException {
        cs.text(font, size, x, y, s);
    }
}
