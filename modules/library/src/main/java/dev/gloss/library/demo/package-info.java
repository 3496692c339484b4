/**
 * The demo every new workspace starts with ({@link dev.gloss.library.demo.DemoWorkspace}): a
 * two-column paper drawn with byte-for-byte the same output everywhere ({@link dev.gloss.library.demo.DemoPaper}),
 * one highlight on the key sentence of its abstract and a draft thread quoting it.
 */
package dev.gloss.library.demo;
