package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import java.util.Optional;
import java.util.OptionalInt;

/** The Java types an attribute takes in generated code, and how its values are written as literals. */
final class AttributeTypes {

    private final ClassName catalogType;

    AttributeTypes(ClassName catalogType) {
        this.catalogType = catalogType;
    }

    ClassName enumType(Attribute attribute) {
        return catalogType.nestedClass(attribute.enumJavaName());
    }

    /** The type of the value itself: nullable (boxed) when the attribute may be absent. */
    TypeName fieldType(Attribute attribute) {
        TypeName plain = switch (attribute.type()) {
            case ENUM -> enumType(attribute);
            case STRING -> ClassName.get(String.class);
            case INTEGER -> TypeName.INT;
            case BOOLEAN -> TypeName.BOOLEAN;
        };
        return attribute.alwaysPresent() ? plain : plain.box();
    }

    /** What the accessor returns: the plain type, or an Optional when a code may have no value. */
    TypeName accessorType(Attribute attribute) {
        if (attribute.alwaysPresent()) {
            return fieldType(attribute);
        }
        if (attribute.type() == io.codebook.processor.model.AttributeType.INTEGER) {
            return ClassName.get(OptionalInt.class);
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), fieldType(attribute));
    }

    /** The accessor's body expression over the field of the same name. */
    CodeBlock accessorExpression(Attribute attribute) {
        String field = attribute.name();
        if (attribute.alwaysPresent()) {
            return CodeBlock.of("$N", field);
        }
        if (attribute.type() == io.codebook.processor.model.AttributeType.INTEGER) {
            return CodeBlock.of("$1N == null ? $2T.empty() : $2T.of($1N)", field, OptionalInt.class);
        }
        return CodeBlock.of("$T.ofNullable($N)", Optional.class, field);
    }

    /** A code's value as a constructor argument; {@code null} where the code has none. */
    CodeBlock literal(Attribute attribute, Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return CodeBlock.of("null");
        }
        AttributeValue v = value.get();
        if (v instanceof AttributeValue.EnumRef ref) {
            return CodeBlock.of("$T.$N", enumType(attribute), ref.value().javaName());
        }
        if (v instanceof AttributeValue.Text text) {
            return CodeBlock.of("$S", text.value());
        }
        if (v instanceof AttributeValue.Int number) {
            return CodeBlock.of("$L", number.value());
        }
        return CodeBlock.of("$L", ((AttributeValue.Bool) v).value());
    }
}
