package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.generate.support.GeneratedTypes;
import io.codebook.processor.generate.support.Javadoc;
import io.codebook.processor.generate.support.Literals;
import io.codebook.processor.generate.support.RuntimeTypes;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.naming.Reserved;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Group} enum: one constant per section of the vendor's document. A
 * {@code switch} over it is checked for exhaustiveness by javac itself, so it needs no handler type.
 */
final class GroupEnum {

    private GroupEnum() {}

    static TypeSpec build(NamedCatalog catalog, ClassName codeType) {
        ClassName type = codeType.nestedClass(Reserved.GROUP);
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.CATALOG_GROUP)
                .addAnnotation(GeneratedTypes.nested(catalog.id()))
                .addJavadoc(Javadoc.start().text("The sections of").vendor(catalog.catalog().vendor() + "'s document,")
                        .text("in the document's order. A {@code switch} over them that misses one does not compile.")
                        .build());
        for (Group group : catalog.catalog().groups()) {
            Javadoc doc = Javadoc.start().vendor(group.title());
            group.description().ifPresent(d -> doc.paragraph().vendor(d));
            group.notes().forEach(note -> doc.paragraph().text("Note:").vendor(note));
            builder.addEnumConstant(catalog.groupConstant(group),
                    TypeSpec.anonymousClassBuilder("$S,$W$L", group.id(), Literals.string(group.title()))
                            .addJavadoc(doc.build())
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
