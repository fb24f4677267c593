package io.codebook.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.WireCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads generated codes and values from the vendor's wire values; an undocumented one never throws. */
final class WireValueDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription bean) {
        return forType(type);
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
        if (WireCode.class.isAssignableFrom(type.getRawClass())) {
            return new Wire(null);
        }
        return forType(type.getRawClass()); // a catalog past 2,000 codes is a sealed interface, not an enum
    }

    private static JsonDeserializer<?> forType(Class<?> type) {
        if (CatalogCode.class.isAssignableFrom(type)) {
            return new Lookup(type, "fromCode");
        }
        if (AttributeValue.class.isAssignableFrom(type)) {
            return new Lookup(type, "fromValue");
        }
        return null;
    }

    /**
     * The generated type's own lookup ({@code fromCode}, {@code fromValue}), so aliases and the
     * catalog's exact spelling rules apply as they do in Java; {@code null} for a catalog keyed by
     * several parts, which has no lookup by a wire value alone.
     */
    static Optional<Function<String, Optional<?>>> lookup(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name, String.class);
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Optional.class) {
                return Optional.empty();
            }
            return Optional.of(wire -> {
                try {
                    return (Optional<?>) method.invoke(null, wire);
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            });
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The scalar's text, or {@code null} (children skipped) for anything else: vendor data never throws here. */
    static String scalar(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return in.getValueAsString();
        }
        in.skipChildren();
        return null;
    }

    static JsonMappingException composite(DeserializationContext context, Class<?> type) {
        return InvalidDefinitionException.from(context.getParser(), type.getSimpleName() + " is keyed by several parts"
                + " (see its fromKey): a wire value alone names none of its codes. Read the code where the response"
                + " carries all its parts (the generated response reader, or an outcome's WireCode).",
                context.constructType(type));
    }

    /** A code or value type read by its own lookup; {@code null} for what it does not document. */
    static final class Lookup extends JsonDeserializer<Object> {
        private final Class<?> type;
        /** Found once per type, not per value read. */
        private final Optional<Function<String, Optional<?>>> lookup;

        Lookup(Class<?> type, String method) {
            this.type = type;
            this.lookup = lookup(type, method);
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            Function<String, Optional<?>> lookup = this.lookup.orElseThrow(() -> composite(context, type));
            String wire = scalar(in);
            return wire == null ? null : lookup.apply(wire).orElse(null);
        }
    }

    /** A {@code WireCode<X>}: the documented code of X, else the raw value as {@code Unrecognized}. */
    static final class Wire extends JsonDeserializer<WireCode<?>> implements ContextualDeserializer {
        private final Class<?> codeType;
        private final Optional<Function<String, Optional<?>>> lookup;

        Wire(Class<?> codeType) {
            this.codeType = codeType;
            this.lookup = codeType == null ? Optional.empty() : lookup(codeType, "fromCode");
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            JavaType argument = type == null ? null : type.containedType(0);
            return new Wire(argument == null ? null : argument.getRawClass());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public WireCode<?> deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String wire = scalar(in);
            if (wire == null) {
                return null;
            }
            if (codeType == null || !CatalogCode.class.isAssignableFrom(codeType)) {
                return WireCode.unrecognized(Map.of("code", wire)); // nothing says which catalog: kept as sent
            }
            Function<String, Optional<?>> found = lookup.orElseThrow(() -> composite(context, codeType));
            return WireCode.lookup(wire, (Function) found);
        }
    }

    /** Map keys: a code type's own lookup; an undocumented key stays out of the map's typed keys as {@code null}. */
    static final class Keys implements com.fasterxml.jackson.databind.deser.KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
            Class<?> raw = type.getRawClass();
            if (!CatalogCode.class.isAssignableFrom(raw)) {
                return null;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                    return lookup(raw, "fromCode").orElseThrow(() -> composite(context, raw)).apply(key).orElse(null);
                }
            };
        }
    }
}
