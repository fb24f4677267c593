package io.codebook.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.WireCode;
import java.io.IOException;

/** Writes generated codes and values as the vendor's wire values. */
final class WireValueSerializers {

    private WireValueSerializers() {}

    static final class Code extends JsonSerializer<CatalogCode> {
        @Override
        public void serialize(CatalogCode code, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(code.code());
        }
    }

    static final class CodeKey extends JsonSerializer<CatalogCode> {
        @Override
        public void serialize(CatalogCode code, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeFieldName(code.code());
        }
    }

    static final class Value extends JsonSerializer<AttributeValue> {
        @Override
        public void serialize(AttributeValue value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.value());
        }
    }

    /** A wire code as it was sent, documented or not: what went in comes out. */
    static final class Wire extends JsonSerializer<WireCode<?>> {
        @Override
        public void serialize(WireCode<?> code, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(code.wire());
        }
    }
}
