package io.codebook.processor.generate.support;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.CatalogNames;
import java.util.ArrayList;
import java.util.List;

/** What every generated type carries, and how a generated file is written. */
public final class GeneratedTypes {

    /** The processor's name in {@code @Generated}; a constant, so output does not depend on the build. */
    public static final String GENERATOR = "io.codebook.processor.CodebookProcessor";

    private GeneratedTypes() {}

    /**
     * {@code javax.annotation.processing.Generated}, which tools read from sources, and Codebook's
     * own class-retained {@code @CodebookGenerated}, which coverage tools and later builds read from
     * class files.
     */
    public static List<AnnotationSpec> topLevel(String catalogId) {
        return List.of(
                AnnotationSpec.builder(RuntimeTypes.GENERATED)
                        .addMember("value", "$S", GENERATOR)
                        .addMember("comments", "$S", "catalog " + catalogId)
                        .build(),
                nested(catalogId));
    }

    /** {@code @CodebookGenerated("catalog-id")}, for nested types. */
    public static AnnotationSpec nested(String catalogId) {
        return AnnotationSpec.builder(RuntimeTypes.CODEBOOK_GENERATED).addMember("value", "$S", catalogId).build();
    }

    /**
     * A source file for {@code type}, with java.lang types shadowed by a type of the target package
     * written qualified.
     */
    public static JavaFile file(CatalogNames names, TypeSpec type) {
        List<String> qualified = new ArrayList<>(names.qualifiedJavaLang());
        TypeSpec withQualified = qualified.isEmpty() ? type
                : type.toBuilder().alwaysQualify(qualified.toArray(String[]::new)).build();
        return JavaFile.builder(names.packageName(), withQualified)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
