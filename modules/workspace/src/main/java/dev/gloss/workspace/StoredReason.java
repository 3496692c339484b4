package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Reasoned} kept in a workspace file (why a queue entry failed), so that the CLI and the
 * desktop phrase it in their own words when they show it, not in the words of the Gloss that
 * wrote it. The reason is its sentence's key ({@link Reasoned#key}, e.g.
 * {@code PublishException.NOT_TAKEN}); a value is a text, a number, a {@link Kind}, a cause (a
 * nested reason) or a list of causes (a thread's problems), whose values are texts, numbers or
 * kinds. Deeper causes are kept as their developer line.
 * <pre>{@code
 * StoredReason kept = StoredReason.of(exception);
 * Optional<Reasoned> back = kept.restore(knownReasons::get);
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredReason(String reason, List<Value> values) {
    public StoredReason {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One value of the sentence: exactly one of its fields is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String text, Long number, String kind, Cause cause, List<Cause> causes) {
        public Value {
            causes = causes == null ? null : List.copyOf(causes);
        }
    }

    /** A nested reason: a cause, or one item of a list of them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cause(String reason, List<Leaf> values) {
        public Cause {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** A value of a cause: exactly one of its fields is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Leaf(String text, Long number, String kind) {
    }

    /** What to keep of a reason and its values. */
    public static StoredReason of(Reasoned r) {
        List<Value> values = new ArrayList<>();
        for (Object v : r.args()) {
            values.add(value(v));
        }
        return new StoredReason(Reasoned.key(r.reason()), values);
    }

    private static Value value(Object v) {
        if (v instanceof Reasoned cause) {
            return new Value(null, null, null, cause(cause), null);
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Reasoned.class::isInstance)) {
            return new Value(null, null, null, null, list.stream().map(x -> cause((Reasoned) x)).toList());
        }
        Leaf leaf = leaf(v);
        return new Value(leaf.text(), leaf.number(), leaf.kind(), null, null);
    }

    private static Cause cause(Reasoned r) {
        return new Cause(Reasoned.key(r.reason()), r.args().stream().map(StoredReason::leaf).toList());
    }

    private static Leaf leaf(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return new Leaf(null, ((Number) v).longValue(), null);
        }
        if (v instanceof Boolean b) {
            return new Leaf(null, b ? 1L : 0L, null);
        }
        if (v instanceof Kind<?> k) {
            return new Leaf(null, null, k.name());
        }
        if (v instanceof Reasoned deeper) {
            return new Leaf(Reasoned.line(deeper.reason(), deeper.args()), null, null);
        }
        return new Leaf(v == null ? "" : String.valueOf(v), null, null);
    }

    /**
     * The reason again, its keys looked up by {@code reasons} (key to constant, null when this
     * Gloss does not know it); empty when one of them is unknown (a newer Gloss wrote it).
     */
    public Optional<Reasoned> restore(Function<String, Enum<?>> reasons) {
        Enum<?> top = reasons.apply(reason);
        if (top == null) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        for (Value v : values) {
            if (v.cause() == null && v.causes() == null) {
                args.add(plain(v.text(), v.number(), v.kind()));
                continue;
            }
            List<Reasoned> causes = new ArrayList<>();
            for (Cause c : v.cause() != null ? List.of(v.cause()) : v.causes()) {
                Enum<?> r = reasons.apply(c.reason());
                if (r == null) {
                    return Optional.empty();
                }
                causes.add(new Restored(r, c.values().stream().map(l -> plain(l.text(), l.number(), l.kind())).toList()));
            }
            args.add(v.cause() != null ? causes.get(0) : List.copyOf(causes));
        }
        return Optional.of(new Restored(top, args));
    }

    private static Object plain(String text, Long number, String kind) {
        if (number != null) {
            return number;
        }
        if (kind != null) {
            return Kind.ALL.stream().filter(k -> k.name().equals(kind)).findFirst().<Object>map(k -> k).orElse(kind);
        }
        return text == null ? "" : text;
    }

    /** A reason read back from a file. */
    private record Restored(Enum<?> reason, List<Object> args) implements Reasoned {
        Restored {
            args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
        }

        @Override
        public String toString() {
            return Reasoned.line(reason, args);
        }
    }

    @Override
    public String toString() {
        return reason + " " + values;
    }
}
