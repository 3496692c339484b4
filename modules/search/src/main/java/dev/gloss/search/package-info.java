/** Gloss search module (pure: no windowing dependency). */
package dev.gloss.search;
