package io.codebook.processor.generate.code;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Deprecation;
import io.codebook.processor.model.NamedCatalog;
import java.util.Optional;

/**
 * How a deprecated code or value reads in Java: {@code @Deprecated}, so code naming it compiles with a
 * warning, and an {@code @deprecated} tag saying why and what to use instead, which IDEs show at the
 * warning and in completion.
 */
public final class Deprecations {

    public static final AnnotationSpec DEPRECATED = AnnotationSpec.builder(Deprecated.class).build();

    /**
     * What a generated type that names deprecated members of another generated type carries: the
     * names are the spec's own facts, kept on purpose, and a consumer's {@code -Werror} build must not
     * fail on them. Consumers' own code still gets the warning.
     */
    public static final AnnotationSpec SUPPRESS = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation").build();

    private Deprecations() {}

    /** Whether anything of the catalog, its codes or its enum values, is deprecated. */
    public static boolean any(NamedCatalog catalog) {
        return catalog.codes().stream().anyMatch(c -> c.deprecation().isPresent())
                || catalog.catalog().attributes().stream()
                        .flatMap(a -> a.values().stream()).anyMatch(v -> v.deprecation().isPresent());
    }

    /** Appends the {@code @deprecated} tag of a code: why, since when, what replaces it. */
    static void tag(Javadoc doc, NamedCatalog catalog, Code code) {
        Deprecation deprecation = code.deprecation().orElseThrow();
        Optional<Code> replacement = catalog.catalog().replacementOf(code);
        start(doc, deprecation);
        replacement.ifPresent(r -> doc.text("Use").link(AttributeTypes.codeType(catalog), catalog.constant(r))
                .glue(" instead."));
        if (deprecation.retired()) {
            doc.text("Retired: the vendor no longer sends this code; it is kept so stored payloads still read.");
        }
    }

    /** Appends the {@code @deprecated} tag of an enum value, linking the value that replaces it. */
    static void tag(Javadoc doc, Deprecation deprecation, ClassName type, Optional<String> replacementConstant) {
        start(doc, deprecation);
        replacementConstant.ifPresent(r -> doc.text("Use").link(type, r).glue(" instead."));
        if (deprecation.retired()) {
            doc.text("Retired: the vendor no longer sends this value; it is kept so stored payloads still read.");
        }
    }

    private static void start(Javadoc doc, Deprecation deprecation) {
        doc.line().line().text("@deprecated");
        deprecation.since().ifPresent(since -> doc.text("Since").vendor(since).glue(":"));
        doc.vendor(deprecation.reason());
    }
}
