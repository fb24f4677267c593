package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-user texts: bundles, typed formatting, fallback, and the build-time checks on them. */
class UserTextsTest {

    private static Properties bundle(Compilation compilation, String name) throws IOException {
        return Compiled.bundle(compilation, "test", name);
    }

    @Test
    void bundlesAreGeneratedPerLocaleAsUtf8WithTheSpecsTexts() throws IOException {
        Compilation compilation = Compiled.compile(Compiled.request("\"texts\""));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("Вам должно быть не меньше {age} лет.", bundle(compilation, "TextCode_ru.properties").getProperty("UNDER_AGE"));
        assertEquals("Prøv igjen.", bundle(compilation, "TextCode_no.properties").getProperty("PLAIN"));
        assertEquals(List.of("EMAIL_TAKEN", "PLAIN", "SCORE", "UNDER_AGE"),
                bundle(compilation, "TextCode_en.properties").stringPropertyNames().stream().sorted().toList());
    }

    @Test
    void aDraftLocaleMayLackTranslationsWithAWarningAndItsBundleHasWhatItHas(@TempDir Path dir) throws IOException {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, {tag: kk, draft: true}]",
                "groups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi, kk: Сәлем}}, {code: B, userText: {en: Bye}}]}]");
        Compilation compilation = Compiled.compileLenient(List.of(dir), Compiled.request("\"t\""));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(spec + ":4:98: code 'B' has no 'kk' userText. Add the translation."
                + " (locale is a draft) [CODEBOOK-USER-TEXT-MISSING-DRAFT]");
        assertEquals(List.of("A"), List.copyOf(bundle(compilation, "TCode_kk.properties").stringPropertyNames()));
    }

    @Test
    void typedTextsConcatenateArgumentsLiterallyAndFallBackToLanguageThenEnglish() {
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.Locale;",
                "public final class Check {",
                "  static void eq(String expected, String actual) {",
                "    if (!expected.equals(actual)) throw new AssertionError(expected + \" != \" + actual);",
                "  }",
                "  public static void run() {",
                "    eq(\"You must be at least 18 years old. Don't worry, you can come back later.\",",
                "        TextCode.Texts.underAge(Locale.ENGLISH, 18));",
                "    eq(\"Вам должно быть не меньше 21 лет.\", TextCode.Texts.underAge(Locale.forLanguageTag(\"ru-KZ\"), 21));",
                "    eq(\"Du må være minst 20 år.\", TextCode.Texts.underAge(Locale.forLanguageTag(\"no\"), 20));",
                "    eq(\"You must be at least 5 years old. Don't worry, you can come back later.\",",
                "        TextCode.Texts.underAge(Locale.JAPANESE, 5));",
                "    eq(\"{0} %s ' \\\\u0041 {email} is already used. Try another address.\",",
                "        TextCode.Texts.emailTaken(Locale.ENGLISH, \"{0} %s ' \\\\u0041 {email}\"));",
                "    eq(\" is already used. Try another address.\", TextCode.Texts.emailTaken(null, null));",
                "    eq(\"{email} er allerede i bruk.\".replace(\"{email}\", \"a@b\"), TextCode.Texts.emailTaken(Locale.forLanguageTag(\"no-NO\"), \"a@b\"));",
                "    eq(\"Similarity 0.5\", TextCode.Texts.score(Locale.ENGLISH, 0.5));",
                "    eq(\"Пожалуйста, попробуйте ещё раз.\", TextCode.PLAIN.userText(Locale.forLanguageTag(\"ru-RU\")));",
                "    eq(\"Please try again.\", TextCode.PLAIN.userText(Locale.GERMAN));",
                "    eq(\"Please try again.\", TextCode.PLAIN.userText(null));",
                "    eq(\"다시 시도해 주세요.\", TextCode.PLAIN.userText(Locale.KOREAN));",
                "    eq(\"{email}은(는) 이미 사용 중입니다.\", TextCode.EMAIL_TAKEN.userText(Locale.KOREAN));",
                "    eq(\"{email} is already used. Try another address.\", TextCode.EMAIL_TAKEN.userText(Locale.CHINESE));",
                "    eq(\"Holder is under %d.\", TextCode.UNDER_AGE.vendorText());",
                "  }",
                "}");
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru"));
        try {
            Compilation compilation = Compiled.compile(Compiled.request("\"texts\""), check);
            assertThat(compilation).succeeded();
            Compiled.run(compilation, "test.Check");
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Compilation compileSpec(Path dir) {
        return Compiled.compile(List.of(dir), Compiled.request("\"t\""));
    }

    @Test
    void aTranslationMissingInALocaleIsAnError(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, ru]",
                "groups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi}}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":4:56: code 'A' has no 'ru' userText. Add the translation."
                + " [CODEBOOK-USER-TEXT-MISSING]");
    }

    @Test
    void aTextOnlyInATranslationIsAnError(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, ru]",
                "groups: [{id: g, title: G, codes: [{code: A, userText: {ru: Привет, de: Hallo}}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":4:69: userText of code 'A' is in locale 'de', which the"
                + " catalog does not declare");
        assertThat(compilation).hadErrorContaining(spec + ":4:56: code 'A' has no 'en' userText.");
    }

    @Test
    void translationsWithOtherPlaceholdersThanTheSourceAreAnError(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, ru]",
                "groups: [{id: g, title: G, codes: [{code: A, description: 'Age %d', placeholders: [{name: age, type: integer}],",
                "  userText: {en: 'At least {age}', ru: 'Не меньше {возраст}'}}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":5:40: the 'ru' userText of code 'A' uses placeholders [] but"
                + " the 'en' one uses [age].");
    }

    @Test
    void aPlaceholderOnlyTheEndUserTextsUseCanBeDeclaredAndGetsATypedText(@TempDir Path dir) {
        Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, ru]",
                "groups: [{id: g, title: G, codes: [{code: A, description: 'Code %s failed',",
                "  placeholders: [{name: field, type: string}, {name: attempts, type: integer, userTextOnly: true}],",
                "  userText: {en: 'You used all {attempts} attempts.', ru: 'Использованы все попытки: {attempts}.'}}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"t\""),
                Compiled.source("test.Check",
                        "package test;",
                        "import java.util.Locale;",
                        "public final class Check {",
                        "  public static void run() {",
                        "    String text = TCode.Texts.a(Locale.ENGLISH, 3);",
                        "    if (!text.equals(\"You used all 3 attempts.\")) throw new AssertionError(text);",
                        "  }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void aPlaceholderDeclaredForTheEndUserTextsMustBeUsedByEachOfThem(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, ru]",
                "groups: [{id: g, title: G, codes: [{code: A, placeholders: [{name: attempts, userTextOnly: true}],",
                "  userText: {en: 'All {attempts} used.', ru: 'Все попытки использованы.'}}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":5:46: the 'ru' userText of code 'A' does not use {attempts},"
                + " declared with userTextOnly for the end-user texts.");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aCodeWhoseOwnActionIsHarsherThanItsReasonsTextIsWarnedAbout(@TempDir Path dir) {
        Compiled.writeSpec(dir, "reasons", "codebook: 1",
                "catalog: {id: reasons, vendor: Us, title: R, source: {document: d}}",
                "locales: [en]",
                "attributes: {defaultAction: {type: action, required: true, role: reason-action}}",
                "groups: [{id: g, title: G, codes: [{code: CHECKING, defaultAction: manual-review,",
                "  userText: {en: 'We are checking your details.'}}]}]");
        Path vendor = Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "locales: [en]",
                "attributes:",
                "  canonical: {type: code, catalog: reasons, required: true, role: canonical-reason}",
                "  action: {type: action, role: action-override}",
                "groups: [{id: g, title: G, codes: [{code: harsh, canonical: CHECKING, action: reject},",
                "  {code: milder, canonical: CHECKING, action: retry-capture},",
                "  {code: own, canonical: CHECKING, action: reject, userText: {en: 'Sorry.'}}]}]");
        Compilation compilation = Compiled.compileLenient(List.of(dir), Compiled.request("{\"vendor\", \"reasons\"}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(vendor + ":7:36: code 'harsh' resolves to reject by default, but the"
                + " end-user text it takes from its reason CHECKING was written for manual-review");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void aLocaleTagThatIsNotBcp47IsAnError(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en, 'en_GB']",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":3:15: 'en_GB' is not a valid BCP 47 language tag");
    }

    @Test
    void aCodeWithoutTextAndWithoutAReasonToTakeOneFromIsAnError(@TempDir Path dir) {
        Path spec = Compiled.writeSpec(dir, "t", "codebook: 1", "catalog: {id: t, vendor: V, title: T, source: {document: d}}",
                "locales: [en]",
                "groups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi}}, {code: B}]}]");
        Compilation compilation = compileSpec(dir);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(spec + ":4:67: code 'B' has no end-user text in 'en': it has no"
                + " userText and no canonical reason to take one from.");
    }

    @Test
    void vendorCodesWithoutTheirOwnTextTakeTheirCanonicalReasonsInEveryLocale() throws IOException {
        Compilation compilation = Compiled.compile(List.of(), Compiled.request("{\"argos\", \"canonical-reasons\"}"));
        assertThat(compilation).succeeded();
        for (String locale : List.of("en", "ru", "kk", "ko")) {
            Properties argos = bundle(compilation, "ArgosCode_" + locale + ".properties");
            Properties reasons = bundle(compilation, "CanonicalReason_" + locale + ".properties");
            assertEquals(99, argos.size(), locale + ": every ARGOS code has a text");
            assertEquals(55, reasons.size(), locale + ": every reason has a text");
            assertEquals(reasons.getProperty("IMAGE_QUALITY_POOR"), argos.getProperty("STEP1_RETRY_GLARE_DETECTED"));
            assertTrue(argos.getProperty("REJECT_UNDER_AGE_LIMIT").contains("{age}"), "ARGOS's own text, with its placeholder");
        }
    }

    /** A vocabulary without end-user texts, and a vendor catalog in 'en' that maps to it. */
    private static List<String> problemsOfVendor(Path dir, String canonical, String codes) {
        Compiled.writeSpec(dir, "reasons", "codebook: 1",
                "catalog: {id: reasons, vendor: Us, title: Reasons, source: {document: ours}}",
                "attributes: {defaultAction: {type: action, required: true, role: reason-action}}",
                "groups: [{id: g, title: G, codes: [{code: EXPIRED, defaultAction: user-action}]}]");
        Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "locales: [en]",
                "attributes: {canonical: {type: code, catalog: reasons, required: true, role: " + canonical + "}}",
                "groups: [{id: g, title: G, codes: [" + codes + "]}]");
        return Specs.pipeline(List.of(dir)).run(List.of(new CatalogRequest("vendor", "test", null, null))).get(0)
                .problems().all().stream().map(io.codebook.processor.diagnostic.Problem::render).toList();
    }

    @Test
    void aCodeWithoutItsRequiredReasonIsNotAlsoWithoutEndUserText(@TempDir Path dir) {
        List<String> problems = problemsOfVendor(dir, "canonical-reason",
                "{code: A, canonical: EXPIRED, userText: {en: Hi}}, {code: B}");
        assertEquals(List.of(dir.resolve("vendor.yaml") + ":5:87: code 'B' needs a value for the required attribute"
                + " 'canonical'. Add it here or in the group's 'shared'. [CODEBOOK-REQUIRED-VALUE-MISSING]"), problems);
    }

    @Test
    void aRoleThatCannotBeReadDoesNotMakeEveryCodeLackEndUserText(@TempDir Path dir) {
        List<String> problems = problemsOfVendor(dir, "canonical-reasn", "{code: A, canonical: EXPIRED}");
        assertEquals(List.of(dir.resolve("vendor.yaml") + ":4:78: role 'canonical-reasn' is unknown; the roles are"
                + " canonical-reason, reason-action, vendor-default-action and action-override. Did you mean 'canonical-reason'?"
                + " [CODEBOOK-ROLE-UNKNOWN]"), problems);
    }
}
