/** Papers from the network. */
package dev.gloss.sources;
