/** Gloss threads module (pure: no windowing dependency). */
package dev.gloss.threads;
