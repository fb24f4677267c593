package io.codebook.processor.generate.support;

import com.palantir.javapoet.ClassName;

/**
 * The runtime library's types, named rather than referenced as classes: the processor does not
 * depend on the runtime, the consumer's build does.
 */
public final class RuntimeTypes {

    private static final String PACKAGE = "io.codebook.runtime";

    public static final ClassName CATALOG_CODE = ClassName.get(PACKAGE, "CatalogCode");
    public static final ClassName CATALOG_GROUP = ClassName.get(PACKAGE, "CatalogGroup");
    public static final ClassName CATALOG_INFO = ClassName.get(PACKAGE, "CatalogInfo");
    public static final ClassName ATTRIBUTE_VALUE = ClassName.get(PACKAGE, "AttributeValue");
    public static final ClassName VENDOR_MESSAGE = ClassName.get(PACKAGE, "VendorMessage");
    public static final ClassName NEXT_ACTION = ClassName.get(PACKAGE, "NextAction");
    public static final ClassName WIRE_CODE = ClassName.get(PACKAGE, "WireCode");
    public static final ClassName VERDICT = ClassName.get(PACKAGE, "Verdict");
    public static final ClassName FINDING = ClassName.get(PACKAGE, "Finding");
    public static final ClassName RESOLUTION = ClassName.get(PACKAGE, "Resolution");
    public static final ClassName POLICY = ClassName.get(PACKAGE, "Policy");
    public static final ClassName UNRECOGNIZED_RESPONSE = ClassName.get(PACKAGE, "UnrecognizedResponse");
    public static final ClassName ATTEMPTS = ClassName.get(PACKAGE, "Attempts");
    public static final ClassName VENDOR_RESPONSE = ClassName.get(PACKAGE, "VendorResponse");
    public static final ClassName RESPONSE_READER = ClassName.get(PACKAGE, "ResponseReader");
    public static final ClassName WIRE_POINTER = ClassName.get(PACKAGE + ".internal", "WirePointer");
    public static final ClassName WIRE_VALUES = ClassName.get(PACKAGE + ".internal", "WireValues");
    public static final ClassName SENT_VALUES = ClassName.get(PACKAGE + ".internal", "SentValues");
    public static final ClassName STATUS_READING = ClassName.get(PACKAGE + ".internal", "StatusReading");
    public static final ClassName UNKNOWN_VALUES = ClassName.get(PACKAGE, "UnknownValues");
    public static final ClassName UNKNOWN_REPORTS = ClassName.get(PACKAGE + ".internal", "UnknownValueReports");
    public static final ClassName CANONICAL_REASON_CODE = ClassName.get(PACKAGE, "CanonicalReasonCode");
    public static final ClassName MAPPED_CODE = ClassName.get(PACKAGE, "MappedCode");
    public static final ClassName LOCALIZED_CODE = ClassName.get(PACKAGE, "LocalizedCode");
    public static final ClassName LOCALIZED_TEXTS = ClassName.get(PACKAGE + ".internal", "LocalizedTexts");
    public static final ClassName CODEBOOK_GENERATED = ClassName.get(PACKAGE, "CodebookGenerated");
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}
}
