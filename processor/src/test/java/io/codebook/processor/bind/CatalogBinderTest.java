package io.codebook.processor.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Name;
import io.codebook.processor.yaml.SpecReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogBinderTest {

    private static final String HEAD = String.join("\n",
            "codebook: 1",
            "catalog: {id: t, vendor: V, title: T, source: {document: d.txt}}",
            "");

    static CatalogBinder.Result validate(String yaml) {
        SpecReader.Result read = new SpecReader()
                .read(new SpecSource("t", "t.yaml", Optional.empty(), yaml.getBytes(StandardCharsets.UTF_8)));
        return new CatalogBinder().bind("t", read.root().orElseThrow());
    }

    static List<String> problems(String yaml) {
        return validate(yaml).problems().all().stream().map(Problem::render).toList();
    }

    private static void assertOnlyProblem(String yaml, String expectedStart, String id) {
        List<String> problems = problems(yaml);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(expectedStart), problems.get(0));
        assertTrue(problems.get(0).endsWith("[" + id + "]"), problems.get(0));
    }

    @Test
    void aValidSpecBecomesACatalogWithCodesInDocumentOrder() {
        CatalogBinder.Result result = validate(HEAD + String.join("\n",
                "attributes:",
                "  step: {type: integer}",
                "groups:",
                "  - {id: one, title: One, shared: {step: 1}, codes: [{code: B}, {code: A}]}",
                "  - {id: two, title: Two, codes: [{code: C, step: 2}]}",
                ""));
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        assertEquals(List.of("B", "A", "C"), catalog.codes().stream().map(Code::displayKey).toList());
        assertEquals("1", catalog.codes().get(0).value("step").orElseThrow().wire());
        assertEquals("2", catalog.codes().get(2).value("step").orElseThrow().wire());
        assertEquals(List.of(0, 1, 2), catalog.codes().stream().map(Code::ordinal).toList());
        assertEquals(Optional.empty(), catalog.javaName(), "no name asked for: the naming stage derives one");
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownOne() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, descripton: x}]}\n",
                "t.yaml:4:41: unknown key 'descripton' in code 'A'. Did you mean 'description'?", "CODEBOOK-UNKNOWN-KEY");
    }

    @Test
    void aMissingRequiredKeyIsReportedAtItsMap() {
        assertOnlyProblem("codebook: 1\ncatalog: {id: t, vendor: V, source: {document: d}}\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:2:10: 'catalog' needs 'title'.", "CODEBOOK-MISSING-KEY");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        assertOnlyProblem(HEAD + "attributes:\n  step: {type: integer}\ngroups: [{id: g, title: G, codes: [{code: A, step: one}]}]\n",
                "t.yaml:5:52: 'step' of code 'A' must be a whole number written in decimal (such as 400), found 'one'.",
                "CODEBOOK-NOT-AN-INTEGER");
    }

    @Test
    void aDuplicateCodeNamesTheFirstOne() {
        assertOnlyProblem(HEAD + "groups:\n  - id: g\n    title: G\n    codes:\n      - code: A\n      - code: A\n",
                "t.yaml:8:9: code 'A' is listed twice (first at t.yaml:7:9).", "CODEBOOK-DUPLICATE-CODE");
    }

    @Test
    void aDuplicateCompositeKeyIsAnError() {
        List<String> problems = problems(HEAD + String.join("\n",
                "key: [kind, detail]",
                "attributes:",
                "  kind: {type: enum, required: true, values: [CLIENT]}",
                "  detail: {type: string, noneValues: [None]}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - {kind: CLIENT, detail: None, javaName: ONE}",
                "      - {kind: CLIENT, javaName: TWO}",
                ""));
        assertEquals(List.of("t.yaml:12:9: key ('CLIENT', none) is listed twice (first at t.yaml:11:9). Keep one entry;"
                + " if the document prints the row twice, say so in its 'notes'. [CODEBOOK-DUPLICATE-CODE]"), problems);
    }

    @Test
    void anAliasThatIsAnotherCodeIsAnError() {
        assertOnlyProblem(HEAD + "groups:\n  - id: g\n    title: G\n    codes:\n      - code: A\n      - {code: B, aliases: [A]}\n",
                "t.yaml:8:9: alias 'A' of code 'B' is already code 'A' at t.yaml:7:9.", "CODEBOOK-DUPLICATE-ALIAS");
    }

    @Test
    void aDeprecatedCodeIsReadWithItsReasonAndReplacement() {
        CatalogBinder.Result result = validate(HEAD + String.join("\n",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - code: NEW",
                "      - code: OLD",
                "        deprecated: {reason: Renamed NEW., replacedBy: NEW, since: '2024-05', retired: true}",
                ""));
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        Code old = catalog.codes().get(1);
        assertEquals("Renamed NEW.", old.deprecation().orElseThrow().reason());
        assertEquals(Optional.of("2024-05"), old.deprecation().orElseThrow().since());
        assertTrue(old.deprecation().orElseThrow().retired());
        assertEquals(Optional.of(catalog.codes().get(0)), catalog.replacementOf(old));
    }

    @Test
    void aReplacementTheCatalogLacksIsReportedWithTheNearestCode() {
        assertOnlyProblem(HEAD + "groups:\n  - id: g\n    title: G\n    codes:\n      - code: BIRTH_DATE_MISMATCH\n"
                        + "      - {code: OLD, deprecated: {reason: Renamed., replacedBy: BIRTH_DATE_MISMACH}}\n",
                "t.yaml:8:33: code 'OLD' is deprecated in favour of 'BIRTH_DATE_MISMACH', which the catalog does not have."
                        + " Did you mean 'BIRTH_DATE_MISMATCH'?", "CODEBOOK-REPLACEMENT-UNKNOWN");
    }

    @Test
    void aCodeCannotReplaceItself() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, deprecated: {reason: x, replacedBy: A}}]}\n",
                "t.yaml:4:53: code 'A' is deprecated in favour of itself.", "CODEBOOK-REPLACEMENT-ITSELF");
    }

    @Test
    void aDeprecationNeedsAReason() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, deprecated: {retired: true}}]}\n",
                "t.yaml:4:53: 'deprecated' of code 'A' needs 'reason'.", "CODEBOOK-MISSING-KEY");
    }

    @Test
    void aDeprecatedValueMustNameAValueOfItsAttribute() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes:",
                        "  decision: {type: enum, values: [REVIEW, {value: MANUAL_REVIEW, deprecated: {reason: x, replacedBy: REVEIW}}]}",
                        "groups: [{id: g, title: G, codes: [{code: A, decision: MANUAL_REVIEW}]}]", ""),
                "t.yaml:4:78: value 'MANUAL_REVIEW' of attribute 'decision' is deprecated in favour of 'REVEIW', which the"
                        + " catalog does not have. Did you mean 'REVIEW'?", "CODEBOOK-REPLACEMENT-UNKNOWN");
    }

    @Test
    void aReplacementInAKeyWithoutCodeIsRefused() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "key: [kind]",
                        "attributes:",
                        "  kind: {type: string, required: true}",
                        "groups: [{id: g, title: G, codes: [{kind: A}, {kind: B, deprecated: {reason: x, replacedBy: A}}]}]",
                        ""),
                "t.yaml:6:69: key ('B') names a replacement, but 'replacedBy' names codes by their 'code'",
                "CODEBOOK-REPLACEMENT-WITHOUT-CODE");
    }

    @Test
    void placeholdersMustMatchTheTexts() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, description: 'Hi {email}'}]}\n",
                "t.yaml:4:54: the text of code 'A' uses {email}, which is not declared.", "CODEBOOK-PLACEHOLDER-UNDECLARED");
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, description: 'Front: %s, Back: %s',"
                        + " placeholders: [{name: front}]}]}\n",
                "t.yaml:4:54: the text of code 'A' has 2 positional placeholder(s) (%s %s) but 1 are declared.",
                "CODEBOOK-PLACEHOLDER-COUNT");
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, description: 'Score %.2f',"
                        + " placeholders: [{name: score, type: integer}]}]}\n",
                "t.yaml:4:54: placeholder 'score' of code 'A' is declared integer but the text formats it with %.2f.",
                "CODEBOOK-PLACEHOLDER-FORMAT");
    }

    @Test
    void aGroupWithoutCodesIsAnError() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: []}\n",
                "t.yaml:4:30: group 'g' lists no codes.", "CODEBOOK-GROUP-EMPTY");
    }

    @Test
    void theSpecMustDeclareTheIdItWasFoundBy() {
        assertOnlyProblem("codebook: 1\ncatalog: {id: other, vendor: V, title: T, source: {document: d}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:2:15: this spec declares catalog 'other' but was found as 't'.", "CODEBOOK-CATALOG-ID-MISMATCH");
    }

    @Test
    void aPriorityMayNameOnlyCodesOfTheCatalog() {
        assertOnlyProblem(HEAD + "priority: {order: [A, Z]}\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:23: 'priority' names 'Z', which is not a code of this catalog.", "CODEBOOK-PRIORITY-UNKNOWN-CODE");
    }

    @Test
    void everyProblemOfASpecIsReportedNotOnlyTheFirst() {
        List<String> problems = problems("codebook: 2\ncatalog: {id: t, vendor: V, title: T, source: {document: d}, colour: x}\n"
                + "groups: [{id: G!, title: G, codes: [{code: A, severity: High}]}]\n");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aListAttributeTakesAList() {
        assertOnlyProblem(HEAD + "attributes:\n  tags: {type: string, list: true}\ngroups: [{id: g, title: G, codes: [{code: A, tags: x}]}]\n",
                "t.yaml:5:52: 'tags' of code 'A' must be a list (attribute 'tags' is a list), found a single value.",
                "CODEBOOK-LIST-VALUE-EXPECTED");
    }

    @Test
    void outcomesAreReadWithTheirSelectorsAndFields() {
        CatalogBinder.Result result = validate(HEAD + String.join("\n",
                "attributes:",
                "  kind: {type: enum, required: true, values: [retry, error]}",
                "outcomes:",
                "  - id: retry",
                "    codes: {where: {kind: retry}}",
                "    fields: {retryCount: {type: integer}}",
                "  - {id: expired, javaName: FlowExpired}",
                "groups: [{id: g, title: G, codes: [{code: A, kind: retry}, {code: B, kind: error}]}]",
                ""));
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        assertEquals(List.of(Optional.empty(), Optional.of("FlowExpired")),
                catalog.outcomes().stream().map(o -> o.javaName().map(Name::value)).toList());
        assertEquals(List.of("A"), catalog.codes().stream()
                .filter(catalog.outcomes().get(0).codes().orElseThrow()::selects).map(Code::displayKey).toList());
        assertEquals("retryCount", catalog.outcomes().get(0).fields().get(0).name());
    }

    @Test
    void anOutcomeFieldIsNeverRequiredNorDefaultedBecauseAResponseMayLackIt() {
        List<String> problems = problems(HEAD + String.join("\n",
                "outcomes:",
                "  - id: retry",
                "    fields: {attempts: {type: integer, required: true}, decision: {type: string, default: accept}}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]", ""));
        assertEquals(List.of("t.yaml:5:40: field 'attempts' of outcome 'retry' has 'required', but a response may lack"
                        + " any value or send one nobody documented, and that must never discard the outcome's codes."
                        + " Remove 'required': the field reads as empty when it is missing. [CODEBOOK-OUTCOME-FIELD-OPTIONAL]",
                "t.yaml:5:82: field 'decision' of outcome 'retry' has 'default', but a response may lack any value or"
                        + " send one nobody documented, and that must never discard the outcome's codes. Remove"
                        + " 'default': the field reads as empty when it is missing. [CODEBOOK-OUTCOME-FIELD-OPTIONAL]"),
                problems);
    }

    @Test
    void anOutcomeSelectingAnUnknownGroupIsOneErrorNotAlsoOneForSelectingNothing() {
        List<String> problems = problems(HEAD + "outcomes: [{id: retry, codes: {groups: [retyr]}}]\n"
                + "groups: [{id: retry, title: G, codes: [{code: A}]}]\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t.yaml:3:41: outcome 'retry' selects group 'retyr', which the catalog"
                + " does not have. Did you mean 'retry'?"), problems.get(0));
    }

    @Test
    void anOutcomeSelectingNothingIsAnError() {
        List<String> problems = problems(HEAD + "attributes: {kind: {type: enum, values: [a, b]}}\n"
                + "outcomes: [{id: retry, codes: {where: {kind: b}}}]\n"
                + "groups: [{id: retry, title: G, codes: [{code: A, kind: a}]}]\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("outcome 'retry' selects no code"), problems.get(0));
    }

    @Test
    void userTextsAreReadPerDeclaredLocaleInDeclarationOrder() {
        CatalogBinder.Result result = validate(HEAD + "locales: [en, ru]\n"
                + "groups: [{id: g, title: G, codes: [{code: A, userText: {ru: 'Да', en: 'Yes'}}]}]\n");
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        assertEquals(List.of("en", "ru"), List.copyOf(catalog.codes().get(0).userText().keySet()));
        assertEquals("Да", catalog.codes().get(0).userText().get("ru"));
    }

    @Test
    void aMissingTranslationIsAnErrorUnlessTheLocaleIsADraft() {
        assertOnlyProblem(HEAD + "locales: [en, ru]\ngroups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi}}]}]\n",
                "t.yaml:4:56: code 'A' has no 'ru' userText.", "CODEBOOK-USER-TEXT-MISSING");
        CatalogBinder.Result draft = validate(HEAD + "locales: [en, {tag: ru, draft: true}]\n"
                + "groups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi}}]}]\n");
        assertTrue(draft.catalog().isPresent());
        assertEquals(List.of(Problem.Severity.WARNING),
                draft.problems().all().stream().map(Problem::severity).toList());
        assertEquals(List.of("CODEBOOK-USER-TEXT-MISSING-DRAFT"),
                draft.problems().all().stream().map(Problem::id).toList());
    }

    @Test
    void aTranslationInAnUndeclaredLocaleIsAnError() {
        assertOnlyProblem(HEAD + "locales: [en]\ngroups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi, de: Hallo}}]}]\n",
                "t.yaml:4:65: userText of code 'A' is in locale 'de', which the catalog does not declare",
                "CODEBOOK-USER-TEXT-LOCALE");
    }

    @Test
    void translationsMustUseTheSamePlaceholders() {
        assertOnlyProblem(HEAD + "locales: [en, ru]\ngroups: [{id: g, title: G, codes: [{code: A, description: '{age}',"
                        + " placeholders: [{name: age, type: integer}], userText: {en: 'Under {age}', ru: 'Младше'}}]}]\n",
                "t.yaml:4:146: the 'ru' userText of code 'A' uses placeholders [] but the 'en' one uses [age].",
                "CODEBOOK-USER-TEXT-PLACEHOLDERS-DIFFER");
    }

    @Test
    void localeTagsMustBeValidBcp47AndIncludeEnglish() {
        List<String> problems = problems(HEAD + "locales: [ru, 'en_US', 'no']\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t.yaml:3:15: 'en_US' is not a valid BCP 47 language tag"), problems.get(0));
        assertTrue(problems.get(0).endsWith("[CODEBOOK-LOCALE-TAG]"), problems.get(0));
        assertEquals("t.yaml:3:10: 'locales' must include 'en': it is the locale every lookup falls back to. Add it."
                + " [CODEBOOK-LOCALE-FALLBACK]", problems.get(1));
    }

    @Test
    void whatVariantsGiveMayNotAlsoBeGivenOnTheCode() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {provider: {type: string}}",
                        "groups:",
                        "  - id: g",
                        "    title: G",
                        "    codes:",
                        "      - code: A",
                        "        provider: CRA",
                        "        variants: [{description: one, provider: CRA}, {description: two}]",
                        ""),
                "t.yaml:10:49: 'provider' is given on code 'A' (or its group) and in a variant.",
                "CODEBOOK-VARIANT-VALUE-TWICE");
    }

    @Test
    void aRequiredAttributeIsGivenOnTheCodeNotInVariants() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {provider: {type: string, required: true}}",
                        "groups: [{id: g, title: G, codes: [{code: A, variants: [{provider: CRA}, {provider: Experian}]}]}]",
                        ""),
                "t.yaml:4:56: code 'A' gives the required attribute 'provider' in its variants.",
                "CODEBOOK-VARIANT-REQUIRED-VALUE");
    }

    @Test
    void variantsAreKeptInOrderWithTheirFacts() {
        CatalogBinder.Result result = validate(HEAD + String.join("\n",
                "attributes: {provider: {type: string}, level: {type: integer}}",
                "groups: [{id: g, title: G, codes: [{code: A, level: 1, variants: [{provider: CRA, when: basic},"
                        + " {provider: Synectics, description: two}]}]}]",
                ""));
        Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all()));
        Code code = catalog.codes().get(0);
        assertEquals(List.of("CRA", "Synectics"),
                code.variants().stream().map(v -> v.values().get("provider").wire()).toList());
        assertEquals(Optional.of("basic"), code.variants().get(0).when());
        assertEquals("1", code.value("level").orElseThrow().wire());
        assertEquals(List.of("provider"), catalog.variantAttributes().stream().map(a -> a.name()).toList());
    }

    @Test
    void anAttributeThatVariesKeepsItsDefaultOnTheCodeAndEachRowsValueInItsVariant() {
        CatalogBinder.Result result = validate(HEAD + String.join("\n",
                "attributes: {step: {type: integer, default: 0}}",
                "groups: [{id: g, title: G, codes: [{code: A, variants: [{description: x}, {step: 2}]}]}]",
                ""));
        Code code = result.catalog().orElseThrow(() -> new AssertionError(result.problems().all())).codes().get(0);
        assertEquals("0", code.value("step").orElseThrow().wire());
        assertEquals("2", code.variants().get(1).values().get("step").wire());
    }

    // --- one mistake, one error: what a reported mistake implies is not reported again -------------

    @Test
    void aRequiredKeyUnderAMisspelledNameIsNotAlsoMissing() {
        assertOnlyProblem("codebook: 1\ncatalog: {id: t, vendor: V, titel: T, source: {document: d}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:2:29: unknown key 'titel' in 'catalog'. Did you mean 'title'?", "CODEBOOK-UNKNOWN-KEY");
    }

    @Test
    void anInvalidValueInAVariantIsReportedOnceThere() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {level: {type: integer, default: 0}}",
                        "groups: [{id: g, title: G, codes: [{code: A, variants: [{level: one}, {level: 2}]}]}]",
                        ""),
                "t.yaml:4:65: 'level' of a variant of code 'A' must be a whole number written in decimal",
                "CODEBOOK-NOT-AN-INTEGER");
    }

    @Test
    void anInvalidValueInAGroupsSharedIsNotAlsoMissingAtEachOfItsCodes() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {severity: {type: enum, required: true, values: [High, Low]}}",
                        "groups: [{id: g, title: G, shared: {severity: Hgh}, codes: [{code: A}, {code: B}]}]",
                        ""),
                "t.yaml:4:47: 'Hgh' is not a value of attribute 'severity' (allowed: High, Low). Did you mean 'High'?",
                "CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE");
    }

    @Test
    void aMisspelledAttributeInAGroupsSharedIsNotAlsoMissingAtEachOfItsCodes() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {severity: {type: enum, required: true, values: [High, Low]}}",
                        "groups: [{id: g, title: G, shared: {severty: High}, codes: [{code: A}, {code: B}]}]",
                        ""),
                "t.yaml:4:37: unknown key 'severty' in 'shared' of group 'g'. Did you mean 'severity'?",
                "CODEBOOK-UNKNOWN-KEY");
    }

    @Test
    void anInvalidDefaultIsNotAlsoMissingAtEveryCodeWithoutAValue() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "attributes: {step: {type: integer, required: true, default: one}}",
                        "groups: [{id: g, title: G, codes: [{code: A}, {code: B}]}]",
                        ""),
                "t.yaml:3:61: the default of attribute 'step' must be a whole number written in decimal",
                "CODEBOOK-NOT-AN-INTEGER");
    }

    @Test
    void anAttributeThatCannotBeReadIsStillAKeyOfItsCodesAndOfTheKey() {
        assertOnlyProblem(HEAD + String.join("\n",
                        "key: [code, kind]",
                        "attributes: {kind: {type: strng}}",
                        "groups: [{id: g, title: G, codes: [{code: A, kind: x}, {code: A, kind: y}]}]",
                        ""),
                "t.yaml:4:27: attribute 'kind' has type 'strng'; the types are enum, string, integer, boolean, code"
                        + " and action. Did you mean 'string'?",
                "CODEBOOK-ATTRIBUTE-TYPE");
    }

    @Test
    void anEmptyKeyIsOneErrorNotOneAtEveryCode() {
        assertOnlyProblem(HEAD + "key: []\ngroups: [{id: g, title: G, codes: [{code: A}, {code: B}]}]\n",
                "t.yaml:3:6: 'key' is an empty list.", "CODEBOOK-KEY-EMPTY");
    }

    @Test
    void aGroupWithoutATitleKeepsItsCodesForTheChecksAfterIt() {
        assertOnlyProblem(HEAD + "priority: {order: [A]}\ngroups: [{id: g, codes: [{code: A}]}]\n",
                "t.yaml:4:10: a group needs 'title'.", "CODEBOOK-MISSING-KEY");
    }

    @Test
    void anUnknownPlaceholderTypeIsNotAlsoAMismatchWithTheText() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, description: 'Score %.2f',"
                        + " placeholders: [{name: score, type: decimel}]}]}\n",
                "t.yaml:4:103: placeholder type 'decimel' is unknown; the types are string, integer and decimal."
                        + " Did you mean 'decimal'?",
                "CODEBOOK-PLACEHOLDER-TYPE");
    }

    @Test
    void aPlaceholderDeclarationThatCannotBeReadIsNotAlsoACountMismatch() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, description: 'Hi %s',"
                        + " placeholders: [{nmae: who}]}]}\n",
                "t.yaml:4:79: unknown key 'nmae' in a placeholder of code 'A'. Did you mean 'name'?",
                "CODEBOOK-UNKNOWN-KEY");
    }

    @Test
    void anInvalidLocaleTagIsNotAlsoUndeclaredInEveryUserText() {
        assertOnlyProblem(HEAD + "locales: [en, 'en_GB']\n"
                        + "groups: [{id: g, title: G, codes: [{code: A, userText: {en: Hi, en_GB: Hi}},"
                        + " {code: B, userText: {en: Bye, en_GB: Bye}}]}]\n",
                "t.yaml:3:15: 'en_GB' is not a valid BCP 47 language tag", "CODEBOOK-LOCALE-TAG");
    }

    @Test
    void aLocaleTagNotWrittenCanonicallyIsOneError() {
        assertOnlyProblem(HEAD + "locales: [EN]\ngroups: [{id: g, title: G, codes: [{code: A, userText: {EN: Hi}}]}]\n",
                "t.yaml:3:11: locale 'EN' is not written in its canonical BCP 47 form; write 'en'.",
                "CODEBOOK-LOCALE-TAG-FORM");
    }

    @Test
    void aTranslationThatIsNotATextIsNotAlsoMissing() {
        assertOnlyProblem(HEAD + "locales: [en]\ngroups: [{id: g, title: G, codes: [{code: A, userText: {en: [Hi]}}]}]\n",
                "t.yaml:4:61: the 'en' userText of code 'A' must be a text, found a list.", "CODEBOOK-NOT-A-TEXT");
    }

    @Test
    void anOutcomeListWhoseCodesCannotBeReadIsNotAlsoOneWithoutCodes() {
        assertOnlyProblem(HEAD + "outcomes: [{id: retry, list: true, codes: [g]}]\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:43: 'codes' in an outcome must be a map of keys and values, found a list.",
                "CODEBOOK-NOT-A-MAP");
    }

    // --- priority --------------------------------------------------------------------------------

    @Test
    void aPriorityNeedsItsOrder() {
        assertOnlyProblem(HEAD + "priority: {description: x}\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:11: 'priority' needs 'order'. Add it (see catalog-specs/README.md).", "CODEBOOK-MISSING-KEY");
    }

    @Test
    void aCodeNamedTwiceInPriorityIsReportedWhereItIsRepeated() {
        assertEquals(List.of("t.yaml:3:26: 'priority' names 'A' twice. Name each code once. [CODEBOOK-PRIORITY-DUPLICATE]"),
                problems(HEAD + "priority: {order: [A, B, A]}\ngroups: [{id: g, title: G, codes: [{code: A}, {code: B}]}]\n"));
    }
}
