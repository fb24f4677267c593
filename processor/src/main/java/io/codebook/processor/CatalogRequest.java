package io.codebook.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One catalog a {@code @Codebook} annotation asks for.
 *
 * @param catalogId the catalog's id, e.g. {@code id-analyzer}
 * @param packageName where its types are generated
 * @param element the annotated element, where problems with this request are shown
 * @param annotation the annotation itself, so IDEs can underline it
 */
record CatalogRequest(String catalogId, String packageName, Element element, AnnotationMirror annotation) {}
