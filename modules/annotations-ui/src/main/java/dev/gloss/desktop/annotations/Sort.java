package dev.gloss.desktop.annotations;

/**
 * How the annotation view orders the annotations of a paper. Papers are always the first level;
 * the sort decides the second.
 */
public enum Sort {
    /** Reading order, under one header per page. */
    PAGE,
    /** Newest first (last modified, else created), no second-level headers. */
    DATE,
    /** In palette order (yellow … gray), under one header per colour; reading order within it. */
    COLOR
}
