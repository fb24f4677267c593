package io.codebook.processor.diagnostic;

import java.util.Locale;

/**
 * Every diagnostic Codebook reports, in one place: its identifier (what users search for), its
 * severity and its text. A text says what is wrong and what to do; {@code %s} are filled in
 * order. Identifiers are specific to one kind of mistake and never reused for another.
 */
public enum Message {

    // --- Java names: the naming stage -------------------------------------------------------

    NAME_NOT_AN_IDENTIFIER("CODEBOOK-NAME-INVALID",
            "'%s' is not a valid Java %s for %s. %s"),
    NAME_RESERVED("CODEBOOK-NAME-RESERVED",
            "%s would be named %s, which %s. %s"),
    NAME_UNDERIVABLE("CODEBOOK-NAME-UNDERIVABLE",
            "no Java name can be derived for %s: %s has no letter or digit. Give it a 'javaName'."),
    NAME_CLASH_CONSTANT("CODEBOOK-NAME-CLASH-CONSTANT",
            "%s and %s at %s both get the constant name %s (constant names are compared ignoring case). Give one of"
                    + " them a 'javaName'."),
    NAME_CLASH_HANDLER("CODEBOOK-NAME-CLASH-HANDLER",
            "%s and %s at %s get the same handler method %s() (from %s and %s). Give one of them a 'javaName'."),
    NAME_CLASH_TYPE("CODEBOOK-NAME-CLASH-TYPE",
            "%s would generate the type %s, which %s already takes (type names are compared ignoring case, since"
                    + " class files of names differing only in case collide on some file systems). Give one of"
                    + " them another 'javaName'."),
    NAME_CLASH_MEMBER("CODEBOOK-NAME-CLASH-MEMBER",
            "%s would be named %s, like %s. Rename one of them."),
    NAME_CLASH_PACKAGE("CODEBOOK-NAME-CLASH-PACKAGE",
            "catalog '%s' would generate %s, which catalog '%s' (%s) generates into the same package too. Give one"
                    + " of the catalogs another 'javaName' or 'outcomeJavaName', or generate them into different"
                    + " packages with @Codebook(packageName = ...)."),
    NAME_TYPE_EXISTS("CODEBOOK-NAME-TYPE-EXISTS",
            "catalog '%s' would generate %s, but the package already has a type of that name that Codebook did not"
                    + " generate. Give the catalog another '%s', or generate it into another package."),
    NAME_PATTERN_SYNTAX("CODEBOOK-NAME-PATTERN-SYNTAX",
            "'javaNamePattern' %s: %s. A pattern is text with {part} placeholders, e.g. \"STEP{step}_{kind}_{code}\"."),
    NAME_PATTERN_UNKNOWN_PART("CODEBOOK-NAME-PATTERN-PART",
            "'javaNamePattern' uses {%s}, which is neither 'code' nor a single enum, string or integer attribute.%s"),
    NAME_PATTERN_NO_VALUE("CODEBOOK-NAME-PATTERN-VALUE",
            "%s has no value for {%s}, which its 'javaNamePattern' %s uses. Give the code a 'javaName', or a"
                    + " value for '%s'."),

    // --- references between catalogs --------------------------------------------------------

    REFERENCE_CATALOG_MISSING("CODEBOOK-REFERENCE-MISSING",
            "attribute '%s' refers to catalog '%s', which %s. %s"),
    REFERENCE_NOT_KEYED_BY_CODE("CODEBOOK-REFERENCE-COMPOSITE",
            "attribute '%s' refers to codes of catalog '%s', whose codes are identified by a composite key; only"
                    + " catalogs keyed by 'code' can be referenced."),
    REFERENCE_NOT_A_VOCABULARY("CODEBOOK-REFERENCE-NOT-VOCABULARY",
            "attribute '%s' has role canonical-reason, but catalog '%s' is not a canonical vocabulary (it has no"
                    + " attribute with role reason-action)."),
    REFERENCE_UNKNOWN_CODE("CODEBOOK-UNKNOWN-CODE",
            "'%s' is not a code of catalog '%s' (attribute '%s').%s"),

    // --- locating specs ------------------------------------------------------------------------

    SPEC_NOT_FOUND("CODEBOOK-SPEC-NOT-FOUND",
            "no spec for catalog '%s'.%s Looked in: %s. Check the id, put codebook-catalog-specs on the processor"
                    + " path, or set -Acodebook.specDirs."),
    SPEC_UNREADABLE("CODEBOOK-SPEC-UNREADABLE",
            "the spec cannot be read: %s. Check that the file exists and is readable."),

    // --- size -----------------------------------------------------------------------------------

    CATALOG_TOO_LARGE("CODEBOOK-CATALOG-TOO-LARGE",
            "the catalog lists %s %s; Codebook generates at most %s %s per catalog. %s"),

    // --- Codebook itself ----------------------------------------------------------------------

    INTERNAL("CODEBOOK-INTERNAL",
            "Codebook failed internally on this catalog; this is a bug in Codebook, not in your spec. Please report"
                    + " it with this trace:\n%s");

    private final String id;
    private final Problem.Severity severity;
    private final String template;

    Message(String id, String template) {
        this(id, Problem.Severity.ERROR, template);
    }

    Message(String id, Problem.Severity severity, String template) {
        this.id = id;
        this.severity = severity;
        this.template = template;
    }

    /** The identifier shown after the text, e.g. {@code CODEBOOK-NAME-CLASH-CONSTANT}. */
    public String id() {
        return id;
    }

    public Problem.Severity severity() {
        return severity;
    }

    /** The text with {@code arguments} filled in, whatever the JVM's locale. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
