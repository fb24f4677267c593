package io.codebook.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the Codebook processor to generate typed Java for vendor catalogs.
 *
 * <pre>{@code
 * @Codebook({"id-analyzer", "biometric-vision"})
 * package com.acme.kyc;
 * }</pre>
 *
 * <p>Each id names a catalog spec: {@code codebook/<id>.yaml}, looked up first in the directories
 * given by the processor option {@code codebook.specDirs} (the consumer's own specs, which
 * override shipped ones), then on the processor path (the {@code codebook-catalog-specs} jar).
 *
 * <p>Retained in class files (not only in source) so that Gradle can process it incrementally as an
 * aggregating processor, and so that the spec-change check of {@code codebook-maven-plugin} has a
 * class file to invalidate.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Codebook {

    /** Ids of the catalogs to generate, e.g. {@code "id-analyzer"}. */
    String[] value();

    /**
     * Package of the generated types. Empty (the default) means the package of the annotated
     * element.
     */
    String packageName() default "";
}
