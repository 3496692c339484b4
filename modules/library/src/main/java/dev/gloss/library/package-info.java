/** Gloss library module (pure: no windowing dependency). */
package dev.gloss.library;
