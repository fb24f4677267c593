package io.codebook.processor.diagnostic;

/**
 * The stable identifiers of spec problems. Each is documented in the README; users search for
 * them, so an id is never renamed or reused.
 */
public final class ProblemIds {

    public static final String YAML_SYNTAX = "CODEBOOK-YAML-SYNTAX";
    public static final String YAML_LIMIT = "CODEBOOK-YAML-LIMIT";
    public static final String YAML_TAG = "CODEBOOK-YAML-TAG";
    public static final String DUPLICATE_KEY = "CODEBOOK-DUPLICATE-KEY";
    public static final String UNKNOWN_KEY = "CODEBOOK-UNKNOWN-KEY";
    public static final String MISSING_KEY = "CODEBOOK-MISSING-KEY";
    public static final String WRONG_TYPE = "CODEBOOK-WRONG-TYPE";
    public static final String INVALID_VALUE = "CODEBOOK-INVALID-VALUE";
    public static final String DUPLICATE_CODE = "CODEBOOK-DUPLICATE-CODE";
    public static final String DUPLICATE_ID = "CODEBOOK-DUPLICATE-ID";
    public static final String UNKNOWN_ATTRIBUTE_VALUE = "CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE";
    public static final String PLACEHOLDER_MISMATCH = "CODEBOOK-PLACEHOLDER-MISMATCH";
    public static final String JAVA_NAME = "CODEBOOK-JAVA-NAME";
    public static final String JAVA_NAME_CLASH = "CODEBOOK-JAVA-NAME-CLASH";
    public static final String UNKNOWN_CODE = "CODEBOOK-UNKNOWN-CODE";
    public static final String SPEC_NOT_FOUND = "CODEBOOK-SPEC-NOT-FOUND";
    public static final String SPEC_UNREADABLE = "CODEBOOK-SPEC-UNREADABLE";
    public static final String NOT_UTF8 = "CODEBOOK-NOT-UTF8";
    public static final String CATALOG_ID_MISMATCH = "CODEBOOK-CATALOG-ID-MISMATCH";
    public static final String DUPLICATE_REQUEST = "CODEBOOK-DUPLICATE-REQUEST";
    public static final String BAD_REQUEST = "CODEBOOK-BAD-REQUEST";
    public static final String INTERNAL = "CODEBOOK-INTERNAL";

    private ProblemIds() {}
}
