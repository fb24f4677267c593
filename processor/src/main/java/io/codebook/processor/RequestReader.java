package io.codebook.processor;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.locate.SpecLocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Reads {@code @Codebook} annotations into requests, by name: the processor does not depend on the
 * runtime jar that declares the annotation.
 */
final class RequestReader {

    static final String ANNOTATION = "io.codebook.runtime.Codebook";

    private final Elements elements;
    private final Messager messager;

    RequestReader(Elements elements, Messager messager) {
        this.elements = elements;
        this.messager = messager;
    }

    /** The valid requests; every invalid or repeated one is reported as an error at its annotation. */
    List<CatalogRequest> read(Set<? extends Element> annotated) {
        List<CatalogRequest> requests = new ArrayList<>();
        Set<String> requested = new HashSet<>();
        List<? extends Element> ordered = annotated.stream()
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
        for (Element element : ordered) {
            for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                if (!mirror.getAnnotationType().toString().equals(ANNOTATION)) {
                    continue;
                }
                String packageName = packageName(element, mirror);
                if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
                    error(element, mirror, Message.REQUEST_PACKAGE, packageName);
                    continue;
                }
                List<String> ids = catalogIds(mirror);
                if (ids.isEmpty()) {
                    error(element, mirror, Message.REQUEST_NO_CATALOG);
                }
                for (String id : ids) {
                    if (!SpecLocator.CATALOG_ID.matcher(id).matches()) {
                        error(element, mirror, Message.REQUEST_CATALOG_ID, id);
                    } else if (!requested.add(id)) {
                        error(element, mirror, Message.REQUEST_DUPLICATE, id);
                    } else {
                        requests.add(new CatalogRequest(id, packageName.isEmpty() ? packageOf(element) : packageName,
                                element, mirror));
                    }
                }
            }
        }
        return requests;
    }

    private void error(Element element, AnnotationMirror mirror, Message message, Object... arguments) {
        messager.printMessage(Diagnostic.Kind.ERROR, message.render(arguments), element, mirror);
    }

    private String packageOf(Element element) {
        PackageElement pkg = elements.getPackageOf(element);
        return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    }

    private static String packageName(Element element, AnnotationMirror mirror) {
        Object value = value(mirror, "packageName");
        return value instanceof String s ? s : "";
    }

    private static List<String> catalogIds(AnnotationMirror mirror) {
        List<String> ids = new ArrayList<>();
        Object value = value(mirror, "value");
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue annotationValue && annotationValue.getValue() instanceof String s) {
                    ids.add(s);
                }
            }
        } else if (value instanceof String s) {
            ids.add(s);
        }
        return ids;
    }

    private static Object value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }
}
