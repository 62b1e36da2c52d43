package dev.parley.io;

import com.google.gson.stream.JsonWriter;
import dev.parley.model.Quote;
import dev.parley.model.Speaker;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes the model's records as Gson's reflective adapters did (every record's components in order, nulls written,
 * ints and doubles as Java prints them), without their per-value work: Gson looks up each list's and each field's
 * runtime type adapter for every value, which for a model of tens of megabytes was a third of the writing. The
 * model holds only records, lists, strings, ints and doubles; anything else is refused rather than guessed at.
 */
final class RecordJson {
    private record Component(String name, MethodHandle accessor) {
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    MethodHandle get = MethodHandles.publicLookup().unreflect(components[i].getAccessor());
                    out[i] = new Component(components[i].getName(), get.asType(get.type().changeReturnType(Object.class)
                            .changeParameterType(0, Object.class)));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("model record " + type.getName() + " is not public", e);
            }
            return out;
        }
    };

    private RecordJson() {
    }

    static void value(JsonWriter out, Object v) throws IOException {
        if (v == null) {
            out.nullValue();
        } else if (v instanceof String s) {
            out.value(s);
        } else if (v instanceof Integer i) {
            out.value(i.longValue());
        } else if (v instanceof Double d) {
            number(out, d);
        } else if (v instanceof List<?> list) {
            out.beginArray();
            for (Object e : list) {
                value(out, e);
            }
            out.endArray();
        } else if (v instanceof Quote q) {
            quote(out, q);
        } else if (v instanceof Record r) {
            record(out, r);
        } else {
            throw new IllegalArgumentException("not a model value: " + v.getClass().getName());
        }
    }

    private static void record(JsonWriter out, Record r) throws IOException {
        out.beginObject();
        for (Component c : COMPONENTS.get(r.getClass())) {
            out.name(c.name());
            Object field;
            try {
                field = c.accessor().invokeExact((Object) r);
            } catch (RuntimeException | Error | IOException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            value(out, field);
        }
        out.endObject();
    }

    /** Gson's words for a value JSON cannot hold, so that a failed write says what it said before. */
    private static void number(JsonWriter out, double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(d + " is not a valid double value as per JSON specification. To override"
                    + " this behavior, use GsonBuilder.serializeSpecialFloatingPointValues() method.");
        }
        out.value(d);
    }

    /**
     * A quote as its record's fields, plus {@code "speaker"} after {@code "speakers"}: the id of the first of
     * speakers (or null), for tools that read one speaker. Readers take {@code "speakers"}.
     */
    private static void quote(JsonWriter out, Quote q) throws IOException {
        out.beginObject();
        out.name("id").value(q.id());
        out.name("doc").value(q.doc());
        out.name("paragraph").value(q.paragraph());
        out.name("start").value(q.start());
        out.name("end").value(q.end());
        out.name("text").value(q.text());
        out.name("speakers").beginArray();
        for (Speaker s : q.speakers()) {
            out.beginObject();
            out.name("kind").value(s.kind());
            out.name("id").value(s.id());
            out.endObject();
        }
        out.endArray();
        out.name("speaker").value(q.speaker());
        out.name("speakerText").value(q.speakerText());
        out.name("verb").value(q.verb());
        out.name("how").value(q.how());
        out.name("confidence").value(q.confidence()); // JsonWriter refuses NaN itself, as it did here before
        out.endObject();
    }
}
