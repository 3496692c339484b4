package dev.gloss.bench;

import java.util.Arrays;

/** Median and spread of repeated measurements. */
record Stats(double median, double min, double max, int runs) {
    static Stats of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Stats(median, v[0], v[v.length - 1], v.length);
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    String spread() {
        return String.format(java.util.Locale.ROOT, "median of %d, range %.1f–%.1f", runs, min, max);
    }
}
