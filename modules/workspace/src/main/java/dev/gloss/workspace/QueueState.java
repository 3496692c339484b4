package dev.gloss.workspace;

/** Life of a queue entry: scheduled → publishing → published | failed; cancelled by the user. */
public enum QueueState {
    SCHEDULED, PUBLISHING, PUBLISHED, FAILED, CANCELLED
}
