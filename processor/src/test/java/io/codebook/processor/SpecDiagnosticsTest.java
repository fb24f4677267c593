package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.naming.ExistingTypes;
import java.util.Optional;
import io.codebook.processor.generate.SourceGenerator;
import io.codebook.processor.locate.SpecLocator;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics not covered beside the stage they come from: failures of Codebook itself, specs that
 * cannot be read, and YAML 1.1's typing traps through the whole pipeline.
 */
class SpecDiagnosticsTest {

    /** A generator with a bug for one catalog. */
    private static final SourceGenerator BROKEN_FOR_WIDGETS = (catalog, context) -> {
        if (catalog.id().equals("widget-reasons")) {
            throw new IllegalStateException("simulated bug for " + catalog.id());
        }
        return new CatalogGenerator().generate(catalog, context);
    };

    @Test
    void aBugInCodebookIsAnErrorWithItsStackTraceNotACrashedCompiler() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new CodebookProcessor(BROKEN_FOR_WIDGETS))
                .withOptions("-Acodebook.specDirs=" + Compiled.testSpecs())
                .compile(Compiled.request("\"widget-reasons\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("widget-reasons.yaml:2:1: Codebook failed internally on this catalog;"
                + " this is a bug in Codebook, not in your spec.");
        assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated bug for widget-reasons");
        assertThat(compilation).hadErrorContaining("[CODEBOOK-INTERNAL]");
    }

    @Test
    void aBugInOneCatalogLeavesTheOthersOfTheRunGenerated() {
        GenerationPipeline pipeline = new GenerationPipeline(
                new SpecLocator(List.of(Compiled.testSpecs()), getClass().getClassLoader()), BROKEN_FOR_WIDGETS,
                ExistingTypes.NONE, Optional.empty());
        List<GenerationPipeline.CatalogResult> outcomes = pipeline.run(List.of(
                new CatalogRequest("widget-reasons", "test", null, null),
                new CatalogRequest("flow-failures", "test", null, null)));
        assertEquals(List.of("CODEBOOK-INTERNAL"), outcomes.get(0).problems().all().stream().map(Problem::id).toList());
        assertTrue(outcomes.get(0).files().isEmpty());
        assertEquals(List.of("FlowFailuresCode", "FlowFailuresCodeTable"), outcomes.get(1).files().stream().map(f -> f.simpleName()).toList());
    }

    @Test
    void aSpecThatCannotBeReadIsAnErrorThatSaysWhy() {
        ClassLoader broken = new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                try {
                    return new URL("file:/nonexistent-codebook-dir/" + name);
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        List<GenerationPipeline.CatalogResult> outcomes = new GenerationPipeline(new SpecLocator(List.of(), broken),
                new CatalogGenerator(), ExistingTypes.NONE, Optional.empty()).run(List.of(new CatalogRequest("gone", "test", null, null)));
        List<String> rendered = outcomes.get(0).problems().all().stream().map(Problem::render).toList();
        assertEquals(1, rendered.size(), rendered.toString());
        assertTrue(rendered.get(0).startsWith("/nonexistent-codebook-dir/codebook/gone.yaml:1:1: the spec cannot be read:"
                + " java.io.FileNotFoundException"), rendered.get(0));
        assertTrue(rendered.get(0).endsWith("[CODEBOOK-SPEC-UNREADABLE]"), rendered.get(0));
    }

    @Test
    void aCatalogRequestedTwiceIsAnErrorAtTheAnnotation() {
        Compilation compilation = Compiled.compile(Compiled.request("{\"widget-reasons\", \"widget-reasons\"}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("catalog 'widget-reasons' is requested more than once."
                + " Request each catalog in one @Codebook only. [CODEBOOK-DUPLICATE-REQUEST]");
    }

    @Test
    void anAttributeReferringToAnInvalidCatalogIdIsOneErrorNotAlsoAMissingCatalog(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "refs", "codebook: 1",
                "catalog: {id: refs, vendor: V, title: T, source: {document: d}}",
                "attributes: {reason: {type: code, catalog: Widget_Reasons}}",
                "groups: [{id: g, title: G, codes: [{code: A, reason: EXPIRED}]}]");
        List<String> rendered = Specs.pipeline(List.of(dir)).run(List.of(new CatalogRequest("refs", "test", null, null)))
                .stream().flatMap(result -> result.problems().all().stream()).map(Problem::render).toList();
        assertEquals(List.of(spec + ":3:44: 'Widget_Reasons' is not a catalog id: ids are lower-case words joined by"
                + " '-'. [CODEBOOK-ATTRIBUTE-CATALOG-ID]"), rendered);
    }

    @Test
    void yaml11TypingTrapsStayTheStringsTheyAreAsCodesTextsAndLocales(@TempDir Path dir) {
        Compiled.writeSpec(dir, "traps",
                "codebook: 1",
                "catalog: {id: traps, vendor: V, title: T, javaName: Trap, source: {document: d}}",
                "locales: [en, no]",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - {code: no, javaName: NO_CODE, description: yes, userText: {en: on, no: off}}",
                "      - {code: on, javaName: ON_CODE, userText: {en: x, no: y}}",
                "      - {code: 0123, javaName: OCTAL, userText: {en: x, no: y}}",
                "      - {code: 1e3, javaName: FLOAT, userText: {en: x, no: y}}",
                "      - {code: null, javaName: NULL_CODE, description: ~, userText: {en: x, no: y}}",
                "      - {code: ~, javaName: TILDE, userText: {en: x, no: y}}");
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.Locale;",
                "import java.util.Optional;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  public static void run() {",
                "    check(Trap.fromCode(\"no\").orElseThrow() == Trap.NO_CODE, \"no\");",
                "    check(Trap.fromCode(\"on\").orElseThrow() == Trap.ON_CODE, \"on\");",
                "    check(Trap.fromCode(\"0123\").orElseThrow() == Trap.OCTAL, \"0123\");",
                "    check(Trap.fromCode(\"1e3\").orElseThrow() == Trap.FLOAT, \"1e3\");",
                "    check(Trap.fromCode(\"null\").orElseThrow() == Trap.NULL_CODE, \"null\");",
                "    check(Trap.fromCode(\"~\").orElseThrow() == Trap.TILDE, \"~\");",
                "    check(Trap.fromCode(null).isEmpty(), \"Java null is not the code 'null'\");",
                "    check(Trap.NO_CODE.description().equals(Optional.of(\"yes\")), \"text yes\");",
                "    check(Trap.NULL_CODE.description().equals(Optional.of(\"~\")), \"text ~\");",
                "    check(Trap.NO_CODE.userText(Locale.forLanguageTag(\"no\")).equals(\"off\"), \"Norwegian\");",
                "    check(Trap.NO_CODE.userText(Locale.ENGLISH).equals(\"on\"), \"text on\");",
                "  }",
                "}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"traps\""), check);
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }
}
