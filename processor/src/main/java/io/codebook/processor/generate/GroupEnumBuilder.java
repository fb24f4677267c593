package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Group;
import io.codebook.processor.bind.JavaNames;
import javax.lang.model.element.Modifier;

/** Emits the nested {@code Group} enum: one constant per section of the vendor's document. */
final class GroupEnumBuilder {

    static final String NAME = "Group";

    private GroupEnumBuilder() {}

    static TypeSpec build(Catalog catalog, ClassName type) {
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.CATALOG_GROUP)
                .addJavadoc("The sections of $L, in the document's order.\n", Javadoc.escape(catalog.vendor() + "'s document"));
        for (Group group : catalog.groups()) {
            StringBuilder doc = new StringBuilder(Javadoc.escape(group.title()));
            group.description().ifPresent(d -> doc.append("\n\n<p>").append(Javadoc.escape(d)));
            for (String note : group.notes()) {
                doc.append("\n\n<p>Note: ").append(Javadoc.escape(note));
            }
            builder.addEnumConstant(group.javaName(), TypeSpec.anonymousClassBuilder("$S, $S", group.id(), group.title())
                    .addJavadoc("$L", doc.toString())
                    .build());
        }
        builder.addField(String.class, "id", Modifier.PRIVATE, Modifier.FINAL);
        builder.addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL);
        builder.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "id")
                .addParameter(String.class, "title")
                .addStatement("this.id = id")
                .addStatement("this.title = title")
                .build());
        builder.addMethod(getter("id"));
        builder.addMethod(getter("title"));
        java.util.List<CasesBuilder.Case> cases = catalog.groups().stream()
                .map(g -> new CasesBuilder.Case(JavaNames.caseName(g.javaName()), java.util.Optional.empty(),
                        "{@link " + NAME + "#" + g.javaName() + "}: " + Javadoc.escape(g.title()) + "\n"))
                .toList();
        CasesBuilder.addHandlerTypes(builder, type, cases, "section");
        builder.addMethod(CasesBuilder.enumMatch(type, catalog.groups().stream().map(Group::javaName).toList(), cases));
        return builder.build();
    }

    private static MethodSpec getter(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $N", name)
                .build();
    }
}
