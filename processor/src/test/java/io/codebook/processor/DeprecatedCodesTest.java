package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A deprecated code stays a code: lookups find it, handlers still cover it, and it says at run time
 * that it is deprecated and what replaces it; only code that names it is warned, never the generated
 * code itself, in either shape of the type.
 */
class DeprecatedCodesTest {

    private static final JavaFileObject REQUEST = Compiled.request("\"lifecycle\"");

    /** Uses the catalog without naming a deprecated member: compiles without a warning. */
    private static final JavaFileObject CONSUMER = source("test.Consumer",
            "package test;",
            "import io.codebook.runtime.CatalogCode;",
            "import java.util.Optional;",
            "public final class Consumer {",
            "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
            "  public static void run() {",
            "    LifecycleWarning renamed = LifecycleWarning.fromCode(\"DOB_VERIFICATION_FAILED\").orElseThrow();",
            "    check(renamed.deprecated() && !renamed.retired(), \"a renamed code is deprecated, not retired\");",
            "    check(renamed.replacement().equals(Optional.of(LifecycleWarning.BIRTH_DATE_MISMATCH)), \"its replacement\");",
            "    CatalogCode general = renamed;",
            "    check(general.replacement().isPresent() && general.deprecated(), \"through the runtime interface\");",
            "    LifecycleWarning retired = LifecycleWarning.fromCode(\"FAX_NUMBER_INVALID\").orElseThrow();",
            "    check(retired.deprecated() && retired.retired() && retired.replacement().isEmpty(), \"retired\");",
            "    check(!LifecycleWarning.BIRTH_DATE_MISMATCH.deprecated()",
            "        && LifecycleWarning.BIRTH_DATE_MISMATCH.replacement().isEmpty(), \"a current code\");",
            "    check(LifecycleWarning.BIRTH_DATE_MISMATCH.related().contains(renamed), \"referenced by another code\");",
            "    LifecycleWarning.Decision old = LifecycleWarning.Decision.fromValue(\"MANUAL_REVIEW\").orElseThrow();",
            "    check(old.deprecated() && !LifecycleWarning.Decision.REVIEW.deprecated(), \"a deprecated value\");",
            "    check(renamed.decision().equals(Optional.of(old)), \"read as the deprecated value\");",
            "    LifecycleOutcome.Warning warning = LifecycleOutcome.warning(\"DOB_VERIFICATION_FAILED\", \"REVIEW\");",
            "    check(warning.code().known().map(CatalogCode::deprecated).orElse(false), \"an outcome keeps it\");",
            "    String handled = LifecycleWarning.match(\"DOB_VERIFICATION_FAILED\", new Handler());",
            "    check(handled.equals(\"renamed\"), \"the handler still covers it\");",
            "  }",
            "  /** Handles the deprecated codes too, flagged as such so that -Werror builds pass. */",
            "  static final class Handler implements LifecycleWarning.Cases<String> {",
            "    public String birthDateMismatch() { return \"current\"; }",
            "    @Deprecated public String dobVerificationFailed() { return \"renamed\"; }",
            "    @Deprecated public String faxNumberInvalid() { return \"retired\"; }",
            "    public String unknown(String raw) { return \"unknown\"; }",
            "  }",
            "}");

    @Test
    void deprecatedCodesAreFoundAndSayWhatReplacesThemWithoutWarningsFromGeneratedCode() {
        Compilation split = Compiled.compileAndRunInBothShapes("test.Consumer", REQUEST, CONSUMER);
        assertTrue(Compiled.generatedSource(split, "test/LifecycleWarning.java")
                .contains("public sealed interface LifecycleWarning"), "the catalog is split");
    }

    @Test
    void codeThatNamesADeprecatedConstantIsWarnedWithWhatToUseInstead() {
        JavaFileObject user = source("test.User",
                "package test;",
                "public final class User {",
                "  static boolean isOld(LifecycleWarning code) { return code == LifecycleWarning.DOB_VERIFICATION_FAILED; }",
                "}");
        Compilation compilation = Compiled.compileLenient(List.of(Compiled.testSpecs()), REQUEST, user);
        assertThat(compilation).succeeded();
        List<String> warnings = compilation.warnings().stream()
                .map(d -> d.getSource() == null ? "" : d.getSource().getName() + ": " + d.getMessage(null)).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("User.java") && w.contains("DOB_VERIFICATION_FAILED")
                && w.contains("deprecated")), "the consumer is warned: " + warnings);
        assertTrue(warnings.stream().noneMatch(w -> !w.contains("User.java") && w.contains("deprecat")),
                "generated code is not: " + warnings);
        String source = Compiled.generatedSource(compilation, "test/LifecycleWarning.java");
        assertTrue(source.contains("@deprecated Since <code>2024-05</code>: Renamed BIRTH_DATE_MISMATCH")
                || source.contains("@deprecated Since 2024-05: Renamed BIRTH_DATE_MISMATCH"), source);
        assertTrue(source.contains("Use {@link LifecycleWarning#BIRTH_DATE_MISMATCH} instead."), "the tag links the replacement");
        assertTrue(source.contains("@Deprecated\n    DOB_VERIFICATION_FAILED"), "the constant is annotated");
    }

    @Test
    void aHandlerThatDoesNotFlagItsDeprecatedMethodsIsWarned() {
        JavaFileObject handler = source("test.Unflagged",
                "package test;",
                "final class Unflagged implements LifecycleWarning.Cases<String> {",
                "  public String birthDateMismatch() { return \"current\"; }",
                "  public String dobVerificationFailed() { return \"renamed\"; }",
                "  public String faxNumberInvalid() { return \"retired\"; }",
                "  public String unknown(String raw) { return \"unknown\"; }",
                "}");
        Compilation compilation = Compiled.compileLenient(List.of(Compiled.testSpecs()), REQUEST, handler);
        assertThat(compilation).succeeded();
        assertTrue(compilation.warnings().stream()
                        .anyMatch(d -> d.getMessage(null).contains("dobVerificationFailed")),
                "overriding a deprecated handler is flagged: " + compilation.warnings());
    }
}
