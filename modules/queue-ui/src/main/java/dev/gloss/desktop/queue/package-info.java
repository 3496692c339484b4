/**
 * The publishing queue in the desktop: the Queue window (entries by day, or a week at a time
 * with its own navigation), the dialogs that fill it (Add to Queue, Reschedule, weekly Slots,
 * Accounts) and the in-app schedule that publishes due entries in the background. The queue
 * itself, its publishers and its rules live in the pure {@code dev.gloss.publish} module; this
 * package only shows them and asks for what they need.
 */
package dev.gloss.desktop.queue;
