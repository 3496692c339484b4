/** Gloss pdf module (pure: no windowing dependency). */
package dev.gloss.pdf;
