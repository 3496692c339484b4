/**
 * The user's workspace: the domain model (papers, annotations, threads, queue entries, accounts)
 * and the store that keeps each object as one pretty-printed JSON file, written atomically.
 * Pure: no windowing dependency, so it runs in plain JUnit, in the headless CLI and in the app.
 */
package dev.gloss.workspace;
