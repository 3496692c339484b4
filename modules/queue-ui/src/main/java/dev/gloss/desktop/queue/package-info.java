/** Gloss Desktop Queue */
package dev.gloss.desktop.queue;
