/**
 * {@code ./bench}: Gloss measured in a warm JVM (warm-up, then repeated runs reporting median and
 * spread) next to the tools users know, run as whole processes in the same run.
 */
package dev.gloss.bench;
