/**
 * The headless {@code gloss} command: a dispatcher over {@link dev.gloss.cli.CliCommand}s found
 * in {@link org.openide.util.Lookup}, each a thin layer over the pure modules.
 */
package dev.gloss.cli;
