package io.codebook.processor.generate.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The compact constructor of a generated record that holds what a vendor sent: its maps and lists
 * are copied (a map as {@code SentValues}, in the order it was sent in, and only once along a
 * reading), every other component must not be null. A
 * record built by hand from a caller's collections can then never change under its reader.
 */
public final class CompactConstructors {

    private CompactConstructors() {}

    /** @param unchecked components kept as given: the raw tree, which may be anything, {@code null} included */
    public static MethodSpec copying(List<ParameterSpec> components, Set<String> unchecked) {
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ParameterSpec component : components) {
            if (unchecked.contains(component.name())) {
                continue;
            }
            ClassName raw = component.type() instanceof ParameterizedTypeName p ? p.rawType() : null;
            if (ClassName.get(Map.class).equals(raw)) {
                compact.addStatement("$1N = $2T.of($1N)", component.name(), RuntimeTypes.SENT_VALUES);
            } else if (ClassName.get(List.class).equals(raw)) {
                compact.addStatement("$1N = $2T.copyOf($1N)", component.name(), List.class);
            } else {
                compact.addStatement("$T.requireNonNull($N, $S)", Objects.class, component.name(), component.name());
            }
        }
        return compact.build();
    }
}
