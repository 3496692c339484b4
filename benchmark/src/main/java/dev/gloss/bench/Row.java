package dev.gloss.bench;

/**
 * One line of the benchmark table.
 *
 * @param gloss     Gloss's value (NaN when the feature is not there yet)
 * @param baseline  the baseline's value (NaN when there is none)
 * @param unit      e.g. "ms/page", "ms", "MB"
 * @param how       how both sides were measured, in a few words
 */
record Row(String what, double gloss, double baseline, String baselineName, String unit, String how) {
    static Row notYet(String what, String why) {
        return new Row(what, Double.NaN, Double.NaN, "", "", "not yet: " + why);
    }

    double ratio() {
        return Double.isNaN(gloss) || Double.isNaN(baseline) || baseline == 0 ? Double.NaN : gloss / baseline;
    }
}
