package io.codebook.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.bind.CatalogBinder;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.yaml.SpecReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The naming authority: every generated identifier is derived once, and every name that would not
 * compile, or would compile into something else than asked, is one positioned error naming both
 * places.
 */
class NamingStageTest {

    private static final String HEAD = String.join("\n",
            "codebook: 1",
            "catalog: {id: t, vendor: V, title: T, source: {document: d.txt}}",
            "");

    private record Named(CatalogNames names, List<String> problems) {}

    private static Named name(String yaml, ExistingTypes existing) {
        SpecReader.Result read = new SpecReader()
                .read(new SpecSource("t", "t.yaml", Optional.empty(), yaml.getBytes(StandardCharsets.UTF_8)));
        CatalogBinder.Result bound = new CatalogBinder().bind("t", read.root().orElseThrow());
        assertEquals(List.of(), bound.problems().all(), "the spec binds");
        Catalog catalog = bound.catalog().orElseThrow();
        Problems problems = new Problems();
        CatalogNames names = new NamingStage(existing).name(catalog, "test", problems);
        return new Named(names, problems.all().stream().map(Problem::render).toList());
    }

    private static Named name(String yaml) {
        return name(yaml, ExistingTypes.NONE);
    }

    private static void assertOnlyProblem(String yaml, String expectedStart, String id) {
        List<String> problems = name(yaml).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(expectedStart), problems.get(0));
        assertTrue(problems.get(0).endsWith("[" + id + "]"), problems.get(0));
    }

    @Test
    void namesAreDerivedOnceForEveryIdentifier() {
        Named named = name(HEAD + String.join("\n",
                "attributes: {level: {type: enum, values: [High, {value: '=1', javaName: EXACTLY_ONE}]}}",
                "outcomes: [{id: requirements-not-met, codes: {groups: [doc]}}, {id: aborted}]",
                "groups:",
                "  - {id: doc, title: D, codes: [{code: invalid_idType, level: High}, {code: '102'}]}",
                "  - {id: face-and-liveness, title: F, codes: [{code: x, level: '=1'}]}",
                ""));
        assertEquals(List.of(), named.problems());
        CatalogNames names = named.names();
        assertEquals("TCode", names.codeType());
        assertEquals("TCodeTable", names.tableType());
        assertEquals(Optional.of("TOutcome"), names.outcomeType());
        assertEquals(List.of("INVALID_ID_TYPE", "_102", "X"), names.constants());
        assertEquals(List.of("invalidIdType", "case102", "x"), names.handlers());
        assertEquals("FACE_AND_LIVENESS", names.groupConstants().get("face-and-liveness"));
        assertEquals("Level", names.enumTypes().get("level"));
        assertEquals("EXACTLY_ONE", names.valueConstants().get("level").get("=1"));
        CatalogNames.OutcomeNames outcome = names.outcomes().get("requirements-not-met");
        assertEquals("RequirementsNotMet", outcome.type());
        assertEquals("requirementsNotMet", outcome.factory());
        assertEquals(Optional.of("RequirementsNotMetCode"), outcome.codeType());
    }

    @Test
    void anOutcomeThatMayHoldEveryCodeHoldsTheCatalogsOwnType() {
        Named named = name(HEAD + "outcomes: [{id: warning, codes: {}}]\n"
                + "groups: [{id: g, title: G, codes: [{code: A}, {code: B}]}]\n");
        assertEquals(Optional.empty(), named.names().outcomes().get("warning").codeType());
    }

    @Test
    void codesInEveryScriptGetConstantNamesAndLatinAccentsAreDropped() {
        Named named = name(HEAD + "groups: [{id: g, title: G, codes: [{code: 'документ_просрочен'}, {code: 'λάθος'},"
                + " {code: 'café-crème'}, {code: '顔認証'}]}]\n");
        assertEquals(List.of(), named.problems());
        assertEquals(List.of("ДОКУМЕНТ_ПРОСРОЧЕН", "ΛΆΘΟΣ", "CAFE_CREME", "顔認証"), named.names().constants());
        assertEquals(List.of("документПросрочен", "λάθος", "cafeCreme", "顔認証"), named.names().handlers());
    }

    @Test
    void aCodeWithoutLettersOrDigitsMustBeGivenAName() {
        assertOnlyProblem(HEAD + "groups: [{id: g, title: G, codes: [{code: '%%'}]}]\n",
                "t.yaml:3:36: no Java name can be derived for code '%%': its code has no letter or digit.",
                "CODEBOOK-NAME-UNDERIVABLE");
    }

    @Test
    void anExplicitConstantNameMustBeAnUpperCaseIdentifier() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, javaName: class}]}\n",
                "t.yaml:4:51: 'class' is not a valid Java constant name for code 'A'.", "CODEBOOK-NAME-INVALID");
        assertOnlyProblem(HEAD + "groups:\n  - {id: g, title: G, codes: [{code: A, javaName: Mixed}]}\n",
                "t.yaml:4:51: 'Mixed' is not a valid Java constant name for code 'A'.", "CODEBOOK-NAME-INVALID");
    }

    @Test
    void codesWhoseHandlersWouldClashAreOneErrorNamingBoth() {
        // X_1 and X1 are different constants, but both handlers would be x1()
        assertOnlyProblem(HEAD + "groups: [{id: g, title: G, codes: [{code: x-1}, {code: x1}]}]\n",
                "t.yaml:3:49: code 'x1' and code 'x-1' at t.yaml:3:36 get the same handler method x1() (from X1 and"
                        + " X_1).", "CODEBOOK-NAME-CLASH-HANDLER");
    }

    @Test
    void codesWhoseConstantsClashAreOneErrorNotAlsoAHandlerClash() {
        assertOnlyProblem(HEAD + "groups: [{id: g, title: G, codes: [{code: a_b}, {code: A-B}]}]\n",
                "t.yaml:3:49: code 'A-B' and code 'a_b' at t.yaml:3:36 both get the constant name A_B",
                "CODEBOOK-NAME-CLASH-CONSTANT");
    }

    @Test
    void aConstantMayNotTakeAStaticFieldOfTheCodeType() {
        assertOnlyProblem(HEAD + "groups: [{id: g, title: G, codes: [{code: catalog}]}]\n",
                "t.yaml:3:36: code 'catalog' would be named CATALOG, which is a static field every code type has.",
                "CODEBOOK-NAME-RESERVED");
    }

    @Test
    void groupsAndValuesThatClashAreErrorsNamingBoth() {
        assertOnlyProblem(HEAD + "groups:\n  - {id: a-b, title: G, codes: [{code: A}]}\n  - {id: ab, title: H, javaName: A_B,"
                        + " codes: [{code: B}]}\n",
                "t.yaml:5:34: group 'ab' and group 'a-b' at t.yaml:4:10 both get the constant name A_B",
                "CODEBOOK-NAME-CLASH-CONSTANT");
        assertOnlyProblem(HEAD + "attributes: {level: {type: enum, values: [x-1, {value: y, javaName: X_1}]}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:69: value 'y' of attribute 'level' and value 'x-1' at t.yaml:3:43 both get the constant"
                        + " name X_1", "CODEBOOK-NAME-CLASH-CONSTANT");
    }

    @Test
    void outcomesWhoseTypesOrFactoriesClashAreOneErrorNamingBoth() {
        assertOnlyProblem(HEAD + "outcomes: [{id: retry}, {id: retry-again, javaName: RETRY}]\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:53: outcome 'retry-again' would generate the type RETRY, which outcome 'retry' at t.yaml:3:17"
                        + " already takes", "CODEBOOK-NAME-CLASH-TYPE");
        assertOnlyProblem(HEAD + "outcomes: [{id: unknown}]\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:17: outcome 'unknown' would generate the type Unknown, which the generated TOutcome.Unknown",
                "CODEBOOK-NAME-CLASH-TYPE");
    }

    @Test
    void aTypeMayNotHideAJavaLangType() {
        assertOnlyProblem(HEAD + "outcomes: [{id: error}]\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:17: outcome 'error' (its derived name) would be named Error, which would hide java.lang.Error",
                "CODEBOOK-NAME-RESERVED");
        assertOnlyProblem(HEAD + "attributes: {string: {type: enum, values: [a]}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:14: attribute 'string' (its derived name) would be named String", "CODEBOOK-NAME-RESERVED");
    }

    @Test
    void aCatalogNamedLikeItsOwnAttributeEnumIsAnError() {
        assertOnlyProblem("codebook: 1\ncatalog: {id: t, vendor: V, title: T, javaName: Severity, source: {document: d}}\n"
                        + "attributes: {severity: {type: enum, values: [High]}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:14: attribute 'severity' would generate the type Severity, which the catalog's own type"
                        + " Severity at t.yaml:2:49", "CODEBOOK-NAME-CLASH-TYPE");
    }

    @Test
    void aTypeThatAlreadyExistsInThePackageIsAnError() {
        List<String> problems = name(HEAD + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                (pkg, name) -> name.equals("TCode")).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t.yaml:1:1: catalog 't' would generate test.TCode, but the package"
                + " already has a type of that name that Codebook did not generate."), problems.get(0));
    }

    @Test
    void javaLangTypesShadowedByThePackageAreWrittenQualified() {
        Named named = name(HEAD + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                (pkg, name) -> name.equals("Override") || name.equals("String"));
        assertEquals(List.of(), named.problems());
        assertEquals(Set.of("Override", "String"), named.names().qualifiedJavaLang());
    }

    @Test
    void anAccessorMayNotTakeAMethodEveryCodeHas() {
        assertOnlyProblem(HEAD + "attributes: {row: {type: string}}\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:14: attribute 'row' would be named row(), which every generated code already has.",
                "CODEBOOK-NAME-RESERVED");
        assertOnlyProblem(HEAD + "attributes: {when: {type: string}}\ngroups: [{id: g, title: G, codes: [{code: A,"
                        + " variants: [{when: x}, {description: y}]}]}]\n",
                "t.yaml:3:14: attribute 'when' would be named when(), which every generated Variant already has.",
                "CODEBOOK-NAME-RESERVED");
    }

    @Test
    void anOutcomeFieldMayNotTakeAComponentOrParameterAlreadyThere() {
        assertOnlyProblem(HEAD + "attributes: {step: {type: integer}}\nkey: [step, code]\n"
                        + "outcomes: [{id: retry, codes: {}, fields: {step: {type: integer}}}]\n"
                        + "groups: [{id: g, title: G, codes: [{code: A, step: 1}, {code: B, step: 2}]}]\n",
                "t.yaml:5:44: field 'step' of outcome 'retry' would be named step, like key part 'step', a parameter of"
                        + " its factory.", "CODEBOOK-NAME-CLASH-MEMBER");
        assertOnlyProblem(HEAD + "outcomes: [{id: retry, fields: {toString: {type: string}}}]\n"
                        + "groups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:3:33: field 'toString' of outcome 'retry' would be named toString, which is taken in every"
                        + " outcome record.", "CODEBOOK-NAME-RESERVED");
    }

    @Test
    void aNamingPatternNamesEveryCodeOfItsCatalogOrGroup() {
        Named named = name(HEAD + String.join("\n",
                "attributes:",
                "  step: {type: integer}",
                "  kind: {type: enum, required: true, values: [retry, reject]}",
                "key: [step, kind, code]",
                "groups:",
                "  - {id: step1, title: S, javaNamePattern: 'STEP{step}_{kind}_{code}', shared: {step: 1, kind: retry},"
                        + " codes: [{code: mrz_fail}, {code: invalid_idType}, {code: odd, javaName: SPECIAL}]}",
                "  - {id: reject, title: R, javaNamePattern: '{kind}_{code}', shared: {kind: reject},"
                        + " codes: [{code: too_many_retry}]}",
                ""));
        assertEquals(List.of(), named.problems());
        assertEquals(List.of("STEP1_RETRY_MRZ_FAIL", "STEP1_RETRY_INVALID_ID_TYPE", "SPECIAL", "REJECT_TOO_MANY_RETRY"),
                named.names().constants());
    }

    @Test
    void aNumericCodeVendorNeedsOnePatternInsteadOfANameForEveryCode() {
        Named named = name("codebook: 1\ncatalog: {id: t, vendor: V, title: T, javaNamePattern: 'CODE_{code}',"
                + " source: {document: d}}\ngroups: [{id: g, title: G, codes: [{code: '102'}, {code: '207'}]}]\n");
        assertEquals(List.of(), named.problems());
        assertEquals(List.of("CODE_102", "CODE_207"), named.names().constants());
    }

    @Test
    void aPatternNamingAnUnknownPartOrAPartACodeLacksIsAnError() {
        assertOnlyProblem("codebook: 1\ncatalog: {id: t, vendor: V, title: T, javaNamePattern: 'X_{cod}',"
                        + " source: {document: d}}\ngroups: [{id: g, title: G, codes: [{code: A}]}]\n",
                "t.yaml:2:56: 'javaNamePattern' uses {cod}, which is neither 'code' nor a single enum, string or integer"
                        + " attribute. Did you mean 'code'?", "CODEBOOK-NAME-PATTERN-PART");
        assertOnlyProblem("codebook: 1\ncatalog: {id: t, vendor: V, title: T, javaNamePattern: 'S{step}_{code}',"
                        + " source: {document: d}}\nattributes: {step: {type: integer}}\n"
                        + "groups: [{id: g, title: G, codes: [{code: A, step: 1}, {code: B}]}]\n",
                "t.yaml:4:56: code 'B' has no value for {step}, which its 'javaNamePattern' \"S{step}_{code}\" uses.",
                "CODEBOOK-NAME-PATTERN-VALUE");
    }

    // --- responses ------------------------------------------------------------------------------

    private static final String RESPONSES = String.join("\n",
            "outcomes: [{id: warning, codes: {}}]",
            "groups: [{id: g, title: G, codes: [{code: A}]}]",
            "responses:",
            "  shapes:",
            "");

    private static String shape(String id, String extra) {
        return "    - {id: " + id + ", source: s, when: [{present: /x}], verdict: error" + extra + "}\n";
    }

    @Test
    void shapesGetTheirRecordHandlerAndComponentNamesOnce() {
        Named named = name(HEAD + RESPONSES + shape("step-retry", ", outcomes: [{kind: warning, each: /w/*, code: /c}]")
                + shape("error", ", javaName: ErrorBody"));
        assertEquals(List.of(), named.problems());
        CatalogNames.ResponseNames responses = named.names().responses().orElseThrow();
        assertEquals("TResponse", responses.type());
        assertEquals("TResponseReader", responses.readerType());
        assertEquals(new CatalogNames.ShapeNames("StepRetry", "stepRetry", List.of("warnings")),
                responses.shapes().get("step-retry"));
        assertEquals("ErrorBody", responses.shapes().get("error").type());
    }

    @Test
    void aShapeNamedLikeAJavaLangTypeAsksForAJavaName() {
        assertOnlyProblem(HEAD + RESPONSES + shape("error", ""),
                "t.yaml:7:12: shape 'error' (its derived name) would be named Error, which would hide java.lang.Error",
                "CODEBOOK-NAME-RESERVED");
    }

    @Test
    void shapesWhoseRecordsWouldBeTheSameOrTheReservedOnesAreRejected() {
        assertOnlyProblem(HEAD + RESPONSES + shape("a-b", "") + shape("ab", ""),
                "t.yaml:8:12: shape 'ab' would generate the type Ab, which shape 'a-b' at t.yaml:7:12 already takes", "CODEBOOK-NAME-CLASH-TYPE");
        assertOnlyProblem(HEAD + RESPONSES + shape("unrecognized", ""),
                "t.yaml:7:12: shape 'unrecognized' would generate the type Unrecognized, which the generated"
                        + " TResponse.Unrecognized", "CODEBOOK-NAME-CLASH-TYPE");
    }

    @Test
    void anOutcomesComponentMayNotTakeANameEveryResponseRecordHas() {
        assertOnlyProblem(HEAD + RESPONSES + shape("s", ", outcomes: [{kind: warning, each: /w/*, code: /c, name: verdict}]"),
                "t.yaml:7:83: the component of outcome 'warning' in shape 's' would be named verdict, which is taken in every"
                        + " response record. Give the outcome a 'name'.",
                "CODEBOOK-NAME-RESERVED");
    }
}
