package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.AttributeType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** The Java types an attribute takes in generated code, and how its values are written as literals. */
final class AttributeTypes {

    private final ClassName catalogType;
    private final Function<String, ClassName> catalogTypes;
    private final String catalogId;

    /**
     * @param catalogTypes the generated type of each catalog a {@code code} attribute may reference
     */
    AttributeTypes(String catalogId, ClassName catalogType, Function<String, ClassName> catalogTypes) {
        this.catalogId = catalogId;
        this.catalogType = catalogType;
        this.catalogTypes = catalogTypes;
    }

    ClassName catalogType() {
        return catalogType;
    }

    ClassName enumType(Attribute attribute) {
        return catalogType.nestedClass(attribute.enumJavaName());
    }

    /** The generated type of the catalog a {@code code} attribute references. */
    ClassName referencedType(Attribute attribute) {
        return catalogTypes.apply(attribute.targetCatalog(catalogId));
    }

    /** One value's type as stored: references are kept as wire codes and resolved by the accessor. */
    private TypeName storedElement(Attribute attribute) {
        return switch (attribute.type()) {
            case ENUM -> enumType(attribute);
            case STRING, CODE -> ClassName.get(String.class);
            case INTEGER -> TypeName.INT;
            case BOOLEAN -> TypeName.BOOLEAN;
            case ACTION -> RuntimeTypes.NEXT_ACTION;
        };
    }

    private TypeName accessorElement(Attribute attribute) {
        return attribute.type() == AttributeType.CODE ? referencedType(attribute) : storedElement(attribute);
    }

    /** The type of the value itself: nullable (boxed) when the attribute may be absent. */
    TypeName fieldType(Attribute attribute) {
        if (attribute.list()) {
            return ParameterizedTypeName.get(ClassName.get(List.class), storedElement(attribute).box());
        }
        return attribute.alwaysPresent() ? storedElement(attribute) : storedElement(attribute).box();
    }

    /** What the accessor returns: the plain type, a list, or an Optional when a code may have no value. */
    TypeName accessorType(Attribute attribute) {
        if (attribute.list()) {
            return ParameterizedTypeName.get(ClassName.get(List.class), accessorElement(attribute).box());
        }
        if (attribute.alwaysPresent()) {
            return accessorElement(attribute);
        }
        if (attribute.type() == AttributeType.INTEGER) {
            return ClassName.get(OptionalInt.class);
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), accessorElement(attribute).box());
    }

    /**
     * The accessor's body expression over the field of the same name. References were checked
     * against the referenced catalog at build time, so resolving them finds every code.
     */
    CodeBlock accessorExpression(Attribute attribute) {
        String field = attribute.name();
        if (attribute.type() == AttributeType.CODE) {
            ClassName target = referencedType(attribute);
            if (attribute.list()) {
                return CodeBlock.of("$N.stream().map($T::fromCode).flatMap($T::stream).toList()",
                        field, target, Optional.class);
            }
            if (attribute.alwaysPresent()) {
                return CodeBlock.of("$T.fromCode($N).orElseThrow()", target, field);
            }
            return CodeBlock.of("$T.ofNullable($N).flatMap($T::fromCode)", Optional.class, field, target);
        }
        if (attribute.alwaysPresent()) {
            return CodeBlock.of("$N", field);
        }
        if (attribute.type() == AttributeType.INTEGER) {
            return CodeBlock.of("$1N == null ? $2T.empty() : $2T.of($1N)", field, OptionalInt.class);
        }
        return CodeBlock.of("$T.ofNullable($N)", Optional.class, field);
    }

    /** A code's value as a constructor argument; {@code null} (or an empty list) where the code has none. */
    CodeBlock literal(Attribute attribute, Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return attribute.list() ? CodeBlock.of("$T.of()", List.class) : CodeBlock.of("null");
        }
        return literal(attribute, value.get());
    }

    private CodeBlock literal(Attribute attribute, AttributeValue v) {
        if (v instanceof AttributeValue.Many many) {
            List<CodeBlock> items = many.values().stream().map(item -> literal(attribute, item)).toList();
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
        }
        if (v instanceof AttributeValue.EnumRef ref) {
            return CodeBlock.of("$T.$N", enumType(attribute), ref.value().javaName());
        }
        if (v instanceof AttributeValue.ActionRef action) {
            return CodeBlock.of("$T.$N", RuntimeTypes.NEXT_ACTION, Actions.constantName(action.specName()));
        }
        if (v instanceof AttributeValue.Text || v instanceof AttributeValue.CodeRef) {
            return CodeBlock.of("$S", v.wire());
        }
        if (v instanceof AttributeValue.Int number) {
            return CodeBlock.of("$L", number.value());
        }
        return CodeBlock.of("$L", ((AttributeValue.Bool) v).value());
    }
}
