package dev.gloss.workspace;

/**
 * A change in the workspace, fired after the file is written (or removed).
 *
 * @param kind   which collection changed
 * @param id     the object's id
 * @param value  the new value, or the removed one for {@link Change#REMOVED}; null after a reload
 */
public record WorkspaceEvent(Kind<?> kind, String id, Change change, Object value) {
    public enum Change { ADDED, CHANGED, REMOVED, RELOADED }
}
