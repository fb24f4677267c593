package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;

/**
 * The runtime library's types, named rather than referenced as classes: the processor does not
 * depend on the runtime, the consumer's build does.
 */
final class RuntimeTypes {

    private static final String PACKAGE = "io.codebook.runtime";

    static final ClassName CATALOG_CODE = ClassName.get(PACKAGE, "CatalogCode");
    static final ClassName CATALOG_GROUP = ClassName.get(PACKAGE, "CatalogGroup");
    static final ClassName CATALOG_INFO = ClassName.get(PACKAGE, "CatalogInfo");
    static final ClassName ATTRIBUTE_VALUE = ClassName.get(PACKAGE, "AttributeValue");
    static final ClassName VENDOR_MESSAGE = ClassName.get(PACKAGE, "VendorMessage");
    static final ClassName NEXT_ACTION = ClassName.get(PACKAGE, "NextAction");
    static final ClassName CANONICAL_REASON = ClassName.get(PACKAGE, "CanonicalReason");
    static final ClassName MAPPED_CODE = ClassName.get(PACKAGE, "MappedCode");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}
}
