package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Role;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The runtime interface a catalog's code type implements, and the methods its attribute roles fill:
 * a vendor catalog whose codes map to canonical reasons is a {@code MappedCode}, the canonical
 * vocabulary is a {@code CanonicalReason}, every other catalog a plain {@code CatalogCode}.
 */
final class RoleMethods {

    private final Catalog catalog;
    private final AttributeTypes types;

    RoleMethods(Catalog catalog, AttributeTypes types) {
        this.catalog = catalog;
        this.types = types;
    }

    ClassName codeInterface() {
        if (catalog.attributeWithRole(Role.CANONICAL_REASON).isPresent()) {
            return RuntimeTypes.MAPPED_CODE;
        }
        if (catalog.attributeWithRole(Role.REASON_ACTION).isPresent()) {
            return RuntimeTypes.CANONICAL_REASON;
        }
        return RuntimeTypes.CATALOG_CODE;
    }

    /** The runtime method each role fills. */
    static String methodOf(Role role) {
        return switch (role) {
            case CANONICAL_REASON -> "canonicalReason";
            case REASON_ACTION -> "defaultAction";
            case VENDOR_DEFAULT_ACTION -> "documentedAction";
        };
    }

    /** Whether the attribute's own accessor is the runtime method (an action attribute named after it). */
    static boolean accessorIsRoleMethod(Attribute attribute) {
        return attribute.role().map(RoleMethods::methodOf).filter(attribute.name()::equals).isPresent();
    }

    /** The interface methods the roles fill, implemented through the attributes' accessors. */
    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        // an attribute named after its role's method already is that method
        List<Attribute> delegating = catalog.attributes().stream()
                .filter(a -> a.role().isPresent() && !accessorIsRoleMethod(a))
                .toList();
        delegating.stream().filter(a -> a.role().get() == Role.CANONICAL_REASON).findFirst().ifPresent(attribute -> methods.add(
                MethodSpec.methodBuilder("canonicalReason")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(types.referencedType(attribute))
                        .addStatement("return $N()", attribute.name())
                        .build()));
        delegating.stream().filter(a -> a.role().get() == Role.REASON_ACTION).findFirst().ifPresent(attribute -> methods.add(
                actionMethod("defaultAction", attribute)));
        delegating.stream().filter(a -> a.role().get() == Role.VENDOR_DEFAULT_ACTION).findFirst()
                .ifPresent(attribute -> methods.add(actionMethod("documentedAction", attribute)));
        return methods;
    }

    private static MethodSpec actionMethod(String name, Attribute attribute) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.NEXT_ACTION)
                .addStatement(attribute.type() == AttributeType.ACTION ? "return $N()" : "return $N().action()",
                        attribute.name())
                .build();
    }
}
