package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogs of one compilation depend on one another (references) and share packages: a
 * problem between them is an error at the spec position that causes it, never an internal failure,
 * a silently missing catalog or generated code that does not compile.
 */
class CatalogsOfOneRunTest {

    /** The files the pipeline would write for each catalog of a run requesting {@code ids}. */
    private static List<Integer> filesPerCatalog(Path dir, String... ids) {
        return Specs.pipeline(List.of(dir, Compiled.testSpecs()))
                .run(java.util.Arrays.stream(ids).map(id -> new CatalogRequest(id, "test", null, null)).toList())
                .stream().map(result -> result.files().size()).toList();
    }

    @Test
    void anUnusedReferenceToAMissingCatalogIsAnErrorWhereTheReferenceNamesIt(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  related: {type: code, catalog: widget-reason}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Compilation compilation = Compiled.compile(List.of(dir, Compiled.testSpecs()), Compiled.request("\"vendor\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":4:34: attribute 'related' refers to catalog"
                + " 'widget-reason', which has no spec (looked in: ");
        assertThat(compilation).hadErrorContaining("did you mean 'widget-reasons'?). Fix that catalog, or the id here.");
        assertThat(compilation).hadErrorContaining("[CODEBOOK-REFERENCE-MISSING]");
        assertThat(compilation).hadErrorCount(1);
        assertEquals(List.of(0), filesPerCatalog(dir, "vendor"));
    }

    @Test
    void aCatalogReferringToABrokenOneGeneratesNothingAndSaysWhy(@TempDir Path dir) {
        Path broken = Compiled.writeSpec(dir, "broken", "codebook: 1",
                "catalog: {id: broken, vendor: V, title: T, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: 'x-1'}, {code: x1}]}]");
        Path middle = Compiled.writeSpec(dir, "middle", "codebook: 1",
                "catalog: {id: middle, vendor: V, title: T, source: {document: d}}",
                "attributes: {next: {type: code, catalog: broken}}",
                "groups: [{id: g, title: G, codes: [{code: M}]}]");
        Path top = Compiled.writeSpec(dir, "top", "codebook: 1",
                "catalog: {id: top, vendor: V, title: T, source: {document: d}}",
                "attributes: {next: {type: code, catalog: middle}}",
                "groups: [{id: g, title: G, codes: [{code: T, next: M}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"top\""));
        assertThat(compilation).failed();
        // the cause, where it is
        assertThat(compilation).hadErrorContaining(broken + ":3:51: code 'x1' and code 'x-1'");
        // and each catalog that depends on it, at its reference
        assertThat(compilation).hadErrorContaining(middle + ":3:42: attribute 'next' refers to catalog 'broken',"
                + " which has errors of its own");
        assertThat(compilation).hadErrorContaining(top + ":3:42: attribute 'next' refers to catalog 'middle',"
                + " which has errors of its own");
        assertThat(compilation).hadErrorCount(3);
        assertEquals(List.of(0, 0, 0), filesPerCatalog(dir, "top"), "no catalog of the chain is generated");
    }

    @Test
    void twoCatalogsTakingTheSameTypeInOnePackageAreBothErrors(@TempDir Path dir) {
        Path one = Compiled.writeSpec(dir, "one", "codebook: 1",
                "catalog: {id: one, vendor: V, title: T, javaName: Shared, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Path two = Compiled.writeSpec(dir, "two", "codebook: 1",
                "catalog: {id: two, vendor: V, title: T, javaName: Shared, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: B}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("{\"one\", \"two\"}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(one + ":2:51: catalog 'one' would generate test.Shared, which"
                + " catalog 'two' (" + two + ":2:51) generates into the same package too.");
        assertThat(compilation).hadErrorContaining(two + ":2:51: catalog 'two' would generate test.Shared, which"
                + " catalog 'one' (" + one + ":2:51) generates into the same package too.");
        assertThat(compilation).hadErrorCount(2);
        assertEquals(List.of(0, 0), filesPerCatalog(dir, "one", "two"));
    }

    @Test
    void theSameTypeNameInDifferentPackagesIsFine(@TempDir Path dir) {
        Compiled.writeSpec(dir, "one", "codebook: 1",
                "catalog: {id: one, vendor: V, title: T, javaName: Shared, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Compiled.writeSpec(dir, "two", "codebook: 1",
                "catalog: {id: two, vendor: V, title: T, javaName: Shared, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: B}]}]");
        JavaFileObject first = source("a.Catalogs", "package a;", "@io.codebook.runtime.Codebook(\"one\")",
                "final class Catalogs {}");
        JavaFileObject second = source("b.Catalogs", "package b;", "@io.codebook.runtime.Codebook(\"two\")",
                "final class Catalogs {}");
        assertThat(Compiled.compile(List.of(dir), first, second)).succeededWithoutWarnings();
    }

    @Test
    void aTypeOfTheUsersOwnIsNeverReplaced(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "mine", "codebook: 1",
                "catalog: {id: mine, vendor: V, title: T, javaName: Existing, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"mine\""),
                source("test.Existing", "package test;", "final class Existing {}"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":2:52: catalog 'mine' would generate test.Existing, but the"
                + " package already has a type of that name that Codebook did not generate.");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void javaLangTypesOfTheUsersPackageDoNotBreakGeneratedCode() {
        // a user's own Override and String in the target package would capture the unqualified names
        Compilation compilation = Compiled.compile(Compiled.request("\"widget-warnings\""),
                source("test.Override", "package test;", "@interface Override {}"),
                source("test.String", "package test;", "final class String {}"));
        assertThat(compilation).succeededWithoutWarnings();
        String generated = Compiled.generatedSource(compilation, "test/WidgetWarning.java");
        assertTrue(generated.contains("@java.lang.Override"), "written qualified");
        assertTrue(generated.contains("java.lang.String code()"), "written qualified");
    }
}
