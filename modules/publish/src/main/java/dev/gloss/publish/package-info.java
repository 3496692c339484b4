/** Gloss publish module (pure: no windowing dependency). */
package dev.gloss.publish;
