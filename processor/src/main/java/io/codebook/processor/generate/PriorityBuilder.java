package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Priority;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the vendor's documented priority among codes (Yoti: which reason code is reported when
 * several apply): a comparator, the winner among several codes, and each code's rank.
 */
final class PriorityBuilder {

    private final Catalog catalog;
    private final Priority priority;
    private final ClassName type;

    PriorityBuilder(Catalog catalog, ClassName type) {
        this.catalog = catalog;
        this.priority = catalog.priority().orElseThrow();
        this.type = type;
    }

    List<MethodSpec> methods() {
        CodeBlock.Builder ranks = CodeBlock.builder().add("return switch (this) {\n").indent();
        for (Code code : catalog.codes()) {
            int rank = code.code().map(priority.order()::indexOf).orElse(-1);
            if (rank >= 0) {
                ranks.add("case $N -> $L;\n", code.javaName(), rank);
            }
        }
        ranks.add("default -> $L + ordinal();\n", priority.order().size()).unindent().add("};\n");
        String vendorWords = priority.description().map(d -> "\n\n<p>" + Javadoc.escape(d)).orElse("");
        MethodSpec rank = MethodSpec.methodBuilder("priorityRank")
                .addJavadoc("This code's place in the vendor's priority, 0 winning: the codes the vendor orders come"
                        + " first,\nin its order; every other code after them, in the document's order.$L\n", vendorWords)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(ranks.build())
                .build();
        TypeName codes = ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(type));
        MethodSpec highest = MethodSpec.methodBuilder("highestPriority")
                .addJavadoc("The code that wins among {@code codes} by the vendor's priority; empty when there is none"
                        + " ({@code null}\nand null elements are ignored).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(codes, "codes")
                .addStatement("return codes == null ? $T.empty() : codes.stream().filter($T::nonNull).min(BY_PRIORITY)"
                        + ".map($T.class::cast)", Optional.class, Objects.class, type)
                .build();
        return List.of(rank, highest);
    }

    FieldSpec comparator() {
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Comparator.class), type), "BY_PRIORITY",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Orders codes by the vendor's priority, the winner first.\n")
                .initializer("$T.comparingInt($T::priorityRank)", Comparator.class, type)
                .build();
    }
}
