package dev.gloss.workspace;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
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
 * {@code boolean} and their boxes, {@link Instant}, enums, records of these, {@code List}s
 * of them and {@code Map}s from {@code String} to them; anything else is refused when the codec is made (so nothing is silently dropped).
 * Objects are rebuilt through the canonical constructor, as Jackson builds them from JSON.
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

    /** A growing byte buffer to write into. */
    static final class Out {
        private byte[] bytes = new byte[1 << 16];
        private int size;

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

        /** A string that may be null (length -1). */
        void writeString(String s) {
            if (s == null) {
                writeInt(-1);
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

    /** Reads what {@link Out} wrote; a truncated or garbled input throws a RuntimeException. */
    static final class In {
        private final ByteBuffer buf;

        In(byte[] bytes, int length) {
            buf = ByteBuffer.wrap(bytes, 0, length);
        }

        int readByte() {
            return buf.get();
        }

        int readInt() {
            return buf.getInt();
        }

        long readLong() {
            return buf.getLong();
        }

        double readDouble() {
            return Double.longBitsToDouble(buf.getLong());
        }

        String readString() {
            int n = buf.getInt();
            if (n < 0) {
                return null;
            }
            String s = new String(buf.array(), buf.position(), n, StandardCharsets.UTF_8);
            buf.position(buf.position() + n);
            return s;
        }

        boolean hasRemaining() {
            return buf.hasRemaining();
        }
    }

    // ---- the values -------------------------------------------------------------------------

    /** How one type is written and read. */
    private interface Value {
        void write(Out out, Object v);

        Object read(In in);

        String describe();
    }

    private static Value valueOf(Type t, String where) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListValue(valueOf(p.getActualTypeArguments()[0], where + "[]"));
        }
        if (t instanceof ParameterizedType p && p.getRawType() == java.util.Map.class && p.getActualTypeArguments()[0] == String.class) {
            return new MapValue(valueOf(p.getActualTypeArguments()[1], where + "{}"));
        }
        if (!(t instanceof Class<?> c)) {
            throw new IllegalArgumentException("the cache cannot keep " + where + " of type " + t);
        }
        if (c == String.class) {
            return Scalar.STRING;
        }
        if (c == int.class) {
            return Scalar.INT;
        }
        if (c == long.class) {
            return Scalar.LONG;
        }
        if (c == double.class) {
            return Scalar.DOUBLE;
        }
        if (c == boolean.class) {
            return Scalar.BOOLEAN;
        }
        // a box is its primitive that may be null
        if (c == Integer.class) {
            return new Nullable(Scalar.INT);
        }
        if (c == Long.class) {
            return new Nullable(Scalar.LONG);
        }
        if (c == Double.class) {
            return new Nullable(Scalar.DOUBLE);
        }
        if (c == Boolean.class) {
            return new Nullable(Scalar.BOOLEAN);
        }
        if (c == Instant.class) {
            return new Nullable(Scalar.INSTANT);
        }
        if (c.isEnum()) {
            return new Nullable(new EnumValue(c));
        }
        if (c.isRecord()) {
            return new Nullable(new RecordValue(c));
        }
        throw new IllegalArgumentException("the cache cannot keep " + where + " of type " + c.getName());
    }

    private enum Scalar implements Value {
        STRING {
            @Override
            public void write(Out out, Object v) {
                out.writeString((String) v);
            }

            @Override
            public Object read(In in) {
                return in.readString();
            }
        },
        INT {
            @Override
            public void write(Out out, Object v) {
                out.writeInt((Integer) v);
            }

            @Override
            public Object read(In in) {
                return in.readInt();
            }
        },
        LONG {
            @Override
            public void write(Out out, Object v) {
                out.writeLong((Long) v);
            }

            @Override
            public Object read(In in) {
                return in.readLong();
            }
        },
        DOUBLE {
            @Override
            public void write(Out out, Object v) {
                out.writeDouble((Double) v);
            }

            @Override
            public Object read(In in) {
                return in.readDouble();
            }
        },
        BOOLEAN {
            @Override
            public void write(Out out, Object v) {
                out.writeByte((Boolean) v ? 1 : 0);
            }

            @Override
            public Object read(In in) {
                return in.readByte() != 0;
            }
        },
        INSTANT {
            @Override
            public void write(Out out, Object v) {
                Instant i = (Instant) v;
                out.writeLong(i.getEpochSecond());
                out.writeInt(i.getNano());
            }

            @Override
            public Object read(In in) {
                long s = in.readLong();
                return Instant.ofEpochSecond(s, in.readInt());
            }
        };

        @Override
        public String describe() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A value that may be null: a presence byte first. */
    private record Nullable(Value inner) implements Value {
        @Override
        public void write(Out out, Object v) {
            out.writeByte(v == null ? 0 : 1);
            if (v != null) {
                inner.write(out, v);
            }
        }

        @Override
        public Object read(In in) {
            return in.readByte() == 0 ? null : inner.read(in);
        }

        @Override
        public String describe() {
            return inner.describe() + "?";
        }
    }

    /** A map with string keys, in its own order (a sorted map stays sorted). */
    private record MapValue(Value element) implements Value {
        @Override
        public void write(Out out, Object v) {
            if (v == null) {
                out.writeInt(-1);
                return;
            }
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) v;
            out.writeInt(map.size());
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                out.writeString((String) e.getKey());
                element.write(out, e.getValue());
            }
        }

        @Override
        public Object read(In in) {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String k = in.readString();
                map.put(k, element.read(in));
            }
            return map;
        }

        @Override
        public String describe() {
            return "map<string," + element.describe() + ">";
        }
    }

    private record ListValue(Value element) implements Value {
        @Override
        public void write(Out out, Object v) {
            if (v == null) {
                out.writeInt(-1);
                return;
            }
            List<?> list = (List<?>) v;
            out.writeInt(list.size());
            for (Object e : list) {
                element.write(out, e);
            }
        }

        @Override
        public Object read(In in) {
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

        @Override
        public String describe() {
            return "list<" + element.describe() + ">";
        }
    }

    private static final class EnumValue implements Value {
        private final Class<?> type;
        private final Object[] constants;

        EnumValue(Class<?> type) {
            this.type = type;
            this.constants = type.getEnumConstants();
        }

        @Override
        public void write(Out out, Object v) {
            out.writeInt(((Enum<?>) v).ordinal());
        }

        @Override
        public Object read(In in) {
            return constants[in.readInt()];
        }

        @Override
        public String describe() {
            return type.getName() + Arrays.toString(constants);
        }
    }

    private static final class RecordValue implements Value {
        private final Class<?> type;
        private final RecordComponent[] components;
        private final Method[] accessors;
        private final Value[] values;
        private final Constructor<?> constructor;

        RecordValue(Class<?> type) {
            this.type = type;
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

        @Override
        public void write(Out out, Object v) {
            try {
                for (int i = 0; i < accessors.length; i++) {
                    values[i].write(out, accessors[i].invoke(v));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName(), e);
            }
        }

        @Override
        public Object read(In in) {
            Object[] args = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                args[i] = values[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder(type.getName()).append('(');
            for (int i = 0; i < components.length; i++) {
                b.append(i == 0 ? "" : ",").append(components[i].getName()).append(':').append(values[i].describe());
            }
            return b.append(')').toString();
        }
    }
}
