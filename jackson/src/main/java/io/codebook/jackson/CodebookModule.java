package io.codebook.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.WireCode;

/**
 * Jackson reads and writes Codebook's generated types by the vendor's wire values, as the vendor
 * sends them: a code as its {@code code()} ({@code "invalid_idType"}, not {@code INVALID_ID_TYPE}),
 * an attribute value as its {@code value()} ({@code "High"}), aliases included, and a
 * {@link WireCode} as its wire value, documented or not. Register it once:
 * {@code new ObjectMapper().registerModule(new CodebookModule())}.
 *
 * <p>A value the catalog does not document never throws: a {@code WireCode<X>} field keeps it as
 * {@code Unrecognized} with the raw value (declare fields so, since vendors add codes); a field of
 * the code or value type itself reads it as {@code null}, the only unknown an enum can hold. A
 * catalog keyed by several parts (ARGOS: step, kind and code) has no code for a wire value alone;
 * reading one is refused with a message that says so, rather than guessing.
 *
 * <p>An optional module rather than annotations in generated code: generated code stays free of any
 * JSON library, the same generated types serve every library, and an application opts in where it
 * reads JSON.
 */
public final class CodebookModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public CodebookModule() {
        super("codebook");
        addSerializer(CatalogCode.class, new WireValueSerializers.Code());
        addSerializer(AttributeValue.class, new WireValueSerializers.Value());
        @SuppressWarnings({"unchecked", "rawtypes"}) // WireCode's type argument plays no part in writing it
        Class<WireCode<?>> wireCode = (Class) WireCode.class;
        addSerializer(wireCode, new WireValueSerializers.Wire());
        addKeySerializer(CatalogCode.class, new WireValueSerializers.CodeKey());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        // found by type family (every generated code or value type), not type by type
        context.addDeserializers(new WireValueDeserializers());
        context.addKeyDeserializers(new WireValueDeserializers.Keys());
    }
}
