/**
 * Composing social-media threads (pure: no windowing dependency): {@link dev.gloss.threads.Platform}
 * and {@link dev.gloss.threads.PlatformRules} count a post the way each platform does,
 * {@link dev.gloss.threads.Splitter} cuts long text into posts that fit,
 * {@link dev.gloss.threads.Facets} finds Bluesky rich-text facets (UTF-8 byte offsets),
 * {@link dev.gloss.threads.LinksToLast} gathers a thread's links in its last post (cheaper on X),
 * {@link dev.gloss.threads.Template}/{@link dev.gloss.threads.Templates} fill openers and quotes, and
 * {@link dev.gloss.threads.ThreadExport} writes a thread as text, Markdown or JSON.
 */
package dev.gloss.threads;
