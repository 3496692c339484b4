package dev.gloss.workspace;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact binary form of a model record, for the derived cache only (never for what the user
 * owns: that is JSON). It is made from the record's own components by reflection, so it follows
 * the model as it changes, and its {@link #fingerprint()} names every component and type: a
 * cache written for another shape of the model is not read.
 * <p>
 * Supported component types: {@code String}, {@code int}, {@code long}, {@code double},
 * {@code boolean} and their boxes, {@link Instant}, enums, records of these, and {@code List}s
 * of them; anything else is refused when the codec is made (so nothing is silently dropped).
 * Objects are rebuilt through the canonical constructor, as Jackson builds them from JSON. Each
 * string is written once per stream and referred to by number after that (a workspace repeats its
 * paper ids, colours, tags and authors thousands of times).
 * <p>
 * Reading is one switch over the kinds of value rather than an object per kind: a new JVM decodes
 * the whole cache at start, before the JIT has compiled any of it, and there each call costs.
 *
 * @param <T> the record type
 */
final class RecordCodec<T> {
    private final Class<T> type;
    private final Value value;

    private RecordCodec(Class<T> type, Value value) {
        this.type = type;
        this.value = value;
    }

    /**
     * The codec of a record type.
     *
     * @throws IllegalArgumentException if a component has a type this codec cannot keep
     */
    static <T> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type, valueOf(type, type.getName()));
    }

    /** Every component's name and type, recursively: equal fingerprints read each other's bytes. */
    String fingerprint() {
        return value.describe();
    }

    void write(Out out, T object) {
        value.write(out, object);
    }

    T read(In in) {
        return type.cast(value.read(in));
    }

    // ---- the bytes --------------------------------------------------------------------------

    /** A growing byte buffer to write into; a string written before is written as its number. */
    static final class Out {
        private byte[] bytes = new byte[1 << 16];
        private int size;
        private final java.util.HashMap<String, Integer> strings = new java.util.HashMap<>();

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        void writeByte(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void writeInt(int v) {
            room(4);
            bytes[size++] = (byte) (v >>> 24);
            bytes[size++] = (byte) (v >>> 16);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeDouble(double v) {
            writeLong(Double.doubleToRawLongBits(v));
        }

        /**
         * A string that may be null: -1 for null, its UTF-8 length and bytes the first time, and
         * {@code -2 - n} for the n-th string written before.
         */
        void writeString(String s) {
            if (s == null) {
                writeInt(-1);
                return;
            }
            Integer known = strings.putIfAbsent(s, strings.size());
            if (known != null) {
                writeInt(-2 - known);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        int size() {
            return size;
        }

        byte[] array() {
            return bytes;
        }
    }

    /**
     * Reads what {@link Out} wrote; a truncated or garbled input throws a RuntimeException. Plain
     * array reads (not a ByteBuffer, whose every call is several interpreted calls deep in a new JVM).
     */
    static final class In {
        private final byte[] bytes;
        private final int end;
        private int pos;
        private String[] strings = new String[256];
        private int stringCount;

        In(byte[] bytes, int length) {
            if (length < 0 || length > bytes.length) {
                throw new IndexOutOfBoundsException(length);
            }
            this.bytes = bytes;
            this.end = length;
        }

        int readByte() {
            if (pos >= end) {
                throw new IndexOutOfBoundsException("read past the end");
            }
            return bytes[pos++];
        }

        int readInt() {
            int i = pos;
            if (i > end - 4) {
                throw new IndexOutOfBoundsException("read past the end");
            }
            byte[] b = bytes;
            pos = i + 4;
            return (b[i] << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
        }

        long readLong() {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        double readDouble() {
            return Double.longBitsToDouble(readLong());
        }

        String readString() {
            int n = readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0) {
                int known = -2 - n;
                if (known >= stringCount) {
                    throw new IndexOutOfBoundsException("string " + known + " of " + stringCount);
                }
                return strings[known];
            }
            if (n > end - pos) {
                throw new IndexOutOfBoundsException("read past the end");
            }
            String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
            pos += n;
            if (stringCount == strings.length) {
                strings = Arrays.copyOf(strings, stringCount * 2);
            }
            strings[stringCount++] = s;
            return s;
        }

        boolean hasRemaining() {
            return pos < end;
        }
    }

    // ---- the values -------------------------------------------------------------------------

    private static final int STRING = 0;
    private static final int INT = 1;
    private static final int LONG = 2;
    private static final int DOUBLE = 3;
    private static final int BOOLEAN = 4;
    private static final int INSTANT = 5;
    private static final int ENUM = 6;
    private static final int RECORD = 7;
    private static final int LIST = 8;
    private static final String[] NAMES = {"string", "int", "long", "double", "boolean", "instant"};

    /**
     * How one type is written and read. Everything but a {@code String} (whose length says null)
     * and a primitive may be null: a presence byte comes first ({@code nullable}).
     */
    private static final class Value {
        private final int kind;
        private final boolean nullable;
        /** The element of a list. */
        private final Value element;
        /** An enum's constants. */
        private final Object[] constants;
        private final Class<?> type;
        /** A record's components, their accessors and values, and its canonical constructor. */
        private final RecordComponent[] components;
        private final Method[] accessors;
        private final Value[] values;
        private final Constructor<?> constructor;

        private Value(int kind, boolean nullable, Value element, Class<?> type) {
            this.kind = kind;
            this.nullable = nullable;
            this.element = element;
            this.type = type;
            this.constants = kind == ENUM ? type.getEnumConstants() : null;
            if (kind != RECORD) {
                components = null;
                accessors = null;
                values = null;
                constructor = null;
                return;
            }
            components = type.getRecordComponents();
            accessors = new Method[components.length];
            values = new Value[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                values[i] = valueOf(components[i].getGenericType(), type.getName() + "." + components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no canonical constructor in " + type.getName(), e);
            }
        }

        static Value of(int kind, boolean nullable) {
            return new Value(kind, nullable, null, null);
        }

        void write(Out out, Object v) {
            if (kind == STRING) {
                out.writeString((String) v);
                return;
            }
            if (kind == LIST) {
                writeList(out, (List<?>) v);
                return;
            }
            if (nullable) {
                out.writeByte(v == null ? 0 : 1);
                if (v == null) {
                    return;
                }
            }
            switch (kind) {
                case INT -> out.writeInt((Integer) v);
                case LONG -> out.writeLong((Long) v);
                case DOUBLE -> out.writeDouble((Double) v);
                case BOOLEAN -> out.writeByte((Boolean) v ? 1 : 0);
                case INSTANT -> {
                    Instant i = (Instant) v;
                    out.writeLong(i.getEpochSecond());
                    out.writeInt(i.getNano());
                }
                case ENUM -> out.writeInt(((Enum<?>) v).ordinal());
                case RECORD -> writeRecord(out, v);
                default -> throw new IllegalStateException("kind " + kind);
            }
        }

        private void writeList(Out out, List<?> list) {
            if (list == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(list.size());
            for (Object e : list) {
                element.write(out, e);
            }
        }

        private void writeRecord(Out out, Object v) {
            try {
                for (int i = 0; i < accessors.length; i++) {
                    values[i].write(out, accessors[i].invoke(v));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName(), e);
            }
        }

        Object read(In in) {
            switch (kind) {
                case STRING:
                    return in.readString();
                case LIST:
                    return readList(in);
                default:
                    break;
            }
            if (nullable && in.readByte() == 0) {
                return null;
            }
            switch (kind) {
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case DOUBLE:
                    return in.readDouble();
                case BOOLEAN:
                    return in.readByte() != 0;
                case INSTANT:
                    long seconds = in.readLong();
                    return Instant.ofEpochSecond(seconds, in.readInt());
                case ENUM:
                    return constants[in.readInt()];
                case RECORD:
                    return readRecord(in);
                default:
                    throw new IllegalStateException("kind " + kind);
            }
        }

        private Object readList(In in) {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.read(in));
            }
            return list;
        }

        private Object readRecord(In in) {
            Value[] vs = values;
            Object[] args = new Object[vs.length];
            for (int i = 0; i < vs.length; i++) {
                args[i] = vs[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }

        String describe() {
            String d = switch (kind) {
                case LIST -> "list<" + element.describe() + ">";
                case ENUM -> type.getName() + Arrays.toString(constants);
                case RECORD -> {
                    StringBuilder b = new StringBuilder(type.getName()).append('(');
                    for (int i = 0; i < components.length; i++) {
                        b.append(i == 0 ? "" : ",").append(components[i].getName()).append(':').append(values[i].describe());
                    }
                    yield b.append(')').toString();
                }
                default -> NAMES[kind];
            };
            return nullable ? d + "?" : d;
        }
    }

    private static Value valueOf(Type t, String where) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new Value(LIST, false, valueOf(p.getActualTypeArguments()[0], where + "[]"), null);
        }
        if (!(t instanceof Class<?> c)) {
            throw new IllegalArgumentException("the cache cannot keep " + where + " of type " + t);
        }
        if (c == String.class) {
            return Value.of(STRING, false);
        }
        if (c == int.class || c == long.class || c == double.class || c == boolean.class) {
            return Value.of(c == int.class ? INT : c == long.class ? LONG : c == double.class ? DOUBLE : BOOLEAN, false);
        }
        // a box is its primitive that may be null
        if (c == Integer.class || c == Long.class || c == Double.class || c == Boolean.class) {
            return Value.of(c == Integer.class ? INT : c == Long.class ? LONG : c == Double.class ? DOUBLE : BOOLEAN, true);
        }
        if (c == Instant.class) {
            return Value.of(INSTANT, true);
        }
        if (c.isEnum()) {
            return new Value(ENUM, true, null, c);
        }
        if (c.isRecord()) {
            return new Value(RECORD, true, null, c);
        }
        throw new IllegalArgumentException("the cache cannot keep " + where + " of type " + c.getName());
    }
}
