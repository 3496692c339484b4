/**
 * What one window asks of another: each contract is implemented by one module and found with
 * {@code Lookup} (or the platform's file types), so no UI module depends on another's internals.
 */
package dev.gloss.desktop.core.spi;
