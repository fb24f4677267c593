package io.codebook.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks every type Codebook generates, nested ones included. Kept in class files, unlike
 * {@code javax.annotation.processing.Generated}: coverage tools (JaCoCo ignores classes annotated
 * with an annotation whose name contains {@code Generated}) and later builds read it there.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CodebookGenerated {

    /** The id of the catalog the type was generated from. */
    String value();
}
