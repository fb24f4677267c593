package io.codebook.processor.generate.outcome;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.generate.code.AttributeTypes;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The types of an outcome's fields, open to what responses really carry: every field may be missing
 * from a response, so a single value is an {@code Optional}; a code of another catalog is a
 * {@code WireCode}, documented or not; a value its enum does not document reads as empty (the
 * record's {@code sent} keeps it).
 */
final class OutcomeFields {

    private final AttributeTypes types;

    OutcomeFields(AttributeTypes types) {
        this.types = types;
    }

    AttributeTypes types() {
        return types;
    }

    /** One value of the field as the record holds it. */
    TypeName element(Attribute field) {
        return field.type() == AttributeType.CODE
                ? ParameterizedTypeName.get(RuntimeTypes.WIRE_CODE, codeType(field))
                : types.elementType(field);
    }

    ClassName codeType(Attribute field) {
        return AttributeTypes.codeType(types.referenced(field));
    }

    /** The record component's type. */
    TypeName type(Attribute field) {
        if (field.list()) {
            return ParameterizedTypeName.get(ClassName.get(List.class), element(field));
        }
        if (field.type() == AttributeType.INTEGER) {
            return ClassName.get(OptionalInt.class);
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), element(field));
    }

    /** {@code WireCode.lookup(value, YotiFailureDetail::fromCode)}: a code of another catalog, as sent. */
    CodeBlock wireCode(Attribute field, String variable) {
        return CodeBlock.of("$T.lookup($N, $T::fromCode)", RuntimeTypes.WIRE_CODE, variable, codeType(field));
    }

    /** The factory parameter's type: the value as the vendor sends it. */
    static TypeName raw(Attribute field) {
        TypeName one = switch (field.type()) {
            case INTEGER -> ClassName.get(Integer.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            default -> ClassName.get(String.class);
        };
        return field.list() ? ParameterizedTypeName.get(ClassName.get(List.class), one) : one;
    }

    /**
     * An expression of type {@code Optional<element>} for one raw value that is not {@code null},
     * or {@code null} when the raw value is held as it is.
     */
    CodeBlock convert(Attribute field, String variable) {
        return switch (field.type()) {
            case ENUM -> CodeBlock.of("$T.fromValue($N)", types.enumType(field), variable);
            case ACTION -> CodeBlock.of("$T.fromSpecName($N)", RuntimeTypes.NEXT_ACTION, variable);
            case CODE -> CodeBlock.of("$T.of($L)", Optional.class, wireCode(field, variable));
            default -> null;
        };
    }
}
