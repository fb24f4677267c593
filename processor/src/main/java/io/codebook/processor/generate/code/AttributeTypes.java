package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.support.Chunks;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.NamedCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Java types an attribute takes in generated code, and how its values are written: in a row
 * of the catalog's table (where an absent value is {@code null}) and through its accessor (where
 * it is an {@code Optional}, unless every code has one). A reference to another code is the
 * referenced constant itself, so an IDE finds every code that names it.
 */
public final class AttributeTypes {

    private final NamedCatalog catalog;
    private final GenerationContext context;
    private final ClassName enumOwner;
    private final Map<String, String> enumTypes;
    private final Map<String, Map<String, String>> valueConstants;

    /**
     * @param enumOwner the type the attributes' nested enums are declared in
     * @param enumTypes the nested enum of each enum attribute, by attribute name
     * @param valueConstants the constants of each enum attribute, by attribute name then wire value
     */
    public AttributeTypes(NamedCatalog catalog, GenerationContext context, ClassName enumOwner,
            Map<String, String> enumTypes, Map<String, Map<String, String>> valueConstants) {
        this.catalog = catalog;
        this.context = context;
        this.enumOwner = enumOwner;
        this.enumTypes = enumTypes;
        this.valueConstants = valueConstants;
    }

    /** For the catalog's own attributes, whose enums are nested in its code type. */
    public static AttributeTypes ofCatalog(NamedCatalog catalog, GenerationContext context) {
        return new AttributeTypes(catalog, context, codeType(catalog), catalog.names().enumTypes(),
                catalog.names().valueConstants());
    }

    public static ClassName codeType(NamedCatalog catalog) {
        return ClassName.get(catalog.names().packageName(), catalog.names().codeType());
    }

    public ClassName enumType(Attribute attribute) {
        return enumOwner.nestedClass(enumTypes.get(attribute.name()));
    }

    public String valueConstant(Attribute attribute, String wire) {
        return valueConstants.get(attribute.name()).get(wire);
    }

    public Map<String, String> valueConstants(Attribute attribute) {
        return valueConstants.get(attribute.name());
    }

    /** The catalog a {@code code} attribute references, named. */
    public NamedCatalog referenced(Attribute attribute) {
        String target = attribute.targetCatalog(catalog.id());
        return target.equals(catalog.id()) ? catalog : context.catalog(target);
    }

    /** The type of one value. */
    public TypeName elementType(Attribute attribute) {
        return switch (attribute.type()) {
            case ENUM -> enumType(attribute);
            case STRING -> ClassName.get(String.class);
            case INTEGER -> ClassName.get(Integer.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case CODE -> codeType(referenced(attribute));
            case ACTION -> RuntimeTypes.NEXT_ACTION;
        };
    }

    /** How a row holds the value: a list, the plain type where every code has one, else nullable. */
    public TypeName rowType(Attribute attribute) {
        if (attribute.list()) {
            return ParameterizedTypeName.get(ClassName.get(List.class), elementType(attribute));
        }
        TypeName element = elementType(attribute);
        return attribute.alwaysPresent() && element.isBoxedPrimitive() ? element.unbox() : element;
    }

    /** The accessor's return type. */
    public TypeName accessorType(Attribute attribute) {
        if (attribute.alwaysPresent()) {
            return rowType(attribute);
        }
        if (attribute.type() == AttributeType.INTEGER) {
            return ClassName.get(OptionalInt.class);
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), elementType(attribute));
    }

    /** The accessor's body, from the expression of the row's value. */
    public CodeBlock accessorBody(Attribute attribute, CodeBlock rowValue) {
        if (attribute.alwaysPresent()) {
            return CodeBlock.builder().addStatement("return $L", rowValue).build();
        }
        if (attribute.type() == AttributeType.INTEGER) {
            return CodeBlock.builder()
                    .addStatement("$T value = $L", Integer.class, rowValue)
                    .addStatement("return value == null ? $1T.empty() : $1T.of(value)", OptionalInt.class)
                    .build();
        }
        return CodeBlock.builder().addStatement("return $T.ofNullable($L)", Optional.class, rowValue).build();
    }

    /** A code's value as a row literal; {@code null} (or an empty list) where the code has none. */
    public CodeBlock literal(Attribute attribute, Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return attribute.list() ? CodeBlock.of("$T.of()", List.class) : CodeBlock.of("null");
        }
        return literal(attribute, value.get());
    }

    private CodeBlock literal(Attribute attribute, AttributeValue value) {
        if (value instanceof AttributeValue.Many many) {
            List<CodeBlock> items = many.values().stream().map(item -> literal(attribute, item)).toList();
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ",$W"));
        }
        if (value instanceof AttributeValue.EnumRef ref) {
            return CodeBlock.of("$T.$N", enumType(attribute), valueConstant(attribute, ref.value().value()));
        }
        if (value instanceof AttributeValue.ActionRef action) {
            return CodeBlock.of("$T.$N", RuntimeTypes.NEXT_ACTION, Actions.constantName(action.specName()));
        }
        if (value instanceof AttributeValue.CodeRef ref) {
            NamedCatalog target = referenced(attribute);
            return CodeBlock.of("$T.$N", codeType(target), target.constant(target.codeOfWire(ref.code()).orElseThrow()));
        }
        if (value instanceof AttributeValue.Text text) {
            return Literals.string(text.value());
        }
        if (value instanceof AttributeValue.Int number) {
            return CodeBlock.of("$L", number.value());
        }
        return CodeBlock.of("$L", ((AttributeValue.Bool) value).value());
    }

    /** What a literal costs where a row is built: bytecode, and entries of the class's constant pool. */
    public static Chunks.Cost cost(Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return new Chunks.Cost(3, 1);
        }
        return cost(value.get());
    }

    private static Chunks.Cost cost(AttributeValue value) {
        if (value instanceof AttributeValue.Many many) {
            int bytes = 8;
            int constants = 2;
            for (AttributeValue item : many.values()) {
                Chunks.Cost c = cost(item);
                bytes += c.bytecode() + 5;
                constants += c.constants();
            }
            return new Chunks.Cost(bytes, constants);
        }
        if (value instanceof AttributeValue.Text) {
            return new Chunks.Cost(3, 2);
        }
        if (value instanceof AttributeValue.Int || value instanceof AttributeValue.Bool) {
            return new Chunks.Cost(6, 2);
        }
        return new Chunks.Cost(3, 3); // a constant of an enum: getstatic, its field and name
    }
}
