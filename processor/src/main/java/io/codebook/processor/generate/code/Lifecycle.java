package io.codebook.processor.generate.code;

import com.palantir.javapoet.CodeBlock;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import java.util.List;
import java.util.function.Predicate;

/** The bodies of the lifecycle questions a code answers at run time: deprecated, retired. */
final class Lifecycle {

    private Lifecycle() {}

    /** {@code return} whether this constant is one of the part's codes that {@code holds}. */
    static CodeBlock test(CodeSetShape.Part part, NamedCatalog catalog, Predicate<Code> holds) {
        List<Code> codes = part.codes().stream().filter(holds).toList();
        if (codes.isEmpty()) {
            return CodeBlock.builder().addStatement("return false").build();
        }
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (this) {\n$>");
        body.add("case $L -> true;\n", String.join(", ", codes.stream().map(catalog::constant).toList()));
        return body.add("default -> false;\n$<};\n").build();
    }
}
