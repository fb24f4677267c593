package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The outcome hierarchies of the shipped catalogs: unknown input, priority, and Java 21 switches. */
class ShippedOutcomesTest {

    private static final JavaFileObject REQUEST = Compiled.request("{\"argos\", \"aiprise\", \"id-analyzer\","
            + " \"biometric-vision\", \"yoti-reason\"}");

    @Test
    void aCodeTheCatalogDoesNotKnowIsKeptUnrecognizedBesideTheKnownOnesWithItsValuesAsSent() {
        JavaFileObject check = source("test.Check",
                "package test;",
                "import io.codebook.runtime.WireCode;",
                "import java.util.Arrays;",
                "import java.util.List;",
                "import java.util.Map;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  static void unrecognized(WireCode<?> code, String wire, String what) {",
                "    check(code instanceof WireCode.Unrecognized<?>, what + \": unrecognized\");",
                "    check(code.known().isEmpty(), what + \": nothing known\");",
                "    check(code.wire().equals(wire == null ? \"\" : wire), what + \": wire value kept, was \" + code.wire());",
                "  }",
                "  public static void run() {",
                "    String longCode = \"x\".repeat(100_000);",
                "    for (String code : Arrays.asList(\"brand_new_code\", \"\", \" \", null, longCode, \"Ünïcødé ☃\",",
                "        \"mrz_protocol_fail \", \"MRZ_PROTOCOL_FAIL\", \"\\u0000\\n\\t\", \"invalid_payload\")) {",
                "      ArgosOutcome.Retry retry = ArgosOutcome.retry(1, Arrays.asList(\"glare_detected\", code), 1);",
                "      check(retry.codes().get(0).known().orElseThrow() == ArgosOutcome.RetryCode.STEP1_RETRY_GLARE_DETECTED,",
                "          \"the known code stays typed beside \" + code);",
                "      unrecognized(retry.codes().get(1), code, \"retry \" + code);",
                "      check(retry.retryCount().getAsInt() == 1, \"the retry count is kept beside \" + code);",
                "      check(retry.codes().get(1).sent().get(\"step\").equals(\"1\"), \"the step it was looked up with\");",
                "      unrecognized(ArgosOutcome.reject(code).code(), code, \"reject \" + code);",
                "      unrecognized(YotiOutcome.aborted(code, List.of(), List.of()).code(), code, \"yoti \" + code);",
                "      IdAnalyzerOutcome.Warning warning = IdAnalyzerOutcome.warning(code, \"high\", \"review\");",
                "      unrecognized(warning.code(), code, \"id analyzer \" + code);",
                "      check(warning.decision().orElseThrow() == IdAnalyzerOutcome.Decision.REVIEW, \"decision kept beside \" + code);",
                "      BiometricVisionOutcome.TechnologyFailure failure =",
                "          BiometricVisionOutcome.technologyFailure(\"Liveness\", \"CLIENT\", code);",
                "      check(failure.code().known().isEmpty(), \"biometric \" + code);",
                "      check(java.util.Objects.equals(failure.code().sent().get(\"failureDetail\"), code), \"detail kept\");",
                "    }",
                "    // a known code in the wrong section: an error code read as a retry code, a retry code of the other step",
                "    unrecognized(ArgosOutcome.retry(1, List.of(\"invalid_payload\"), 0).codes().get(0), \"invalid_payload\",",
                "        \"wrong section\");",
                "    unrecognized(ArgosOutcome.requestError(2, \"mrz_protocol_fail\").code(), \"mrz_protocol_fail\", \"wrong step\");",
                "    check(ArgosOutcome.retry(1, null, 1).codes().isEmpty(), \"no list: no codes, the kind kept\");",
                "    // a Yoti reason only returned as requirements-not-met, read as aborted",
                "    unrecognized(YotiOutcome.aborted(\"UNABLE_TO_VERIFY_ADDRESS\", List.of(), List.of()).code(),",
                "        \"UNABLE_TO_VERIFY_ADDRESS\", \"wrong kind\");",
                "    YotiOutcome.Aborted aborted = YotiOutcome.aborted(\"FRAUD_DETECTED\", List.of(\"NEW_FAILURE_TYPE\",",
                "        \"ID_DOCUMENT_EXTRACTION\"), List.of());",
                "    check(aborted.code().known().orElseThrow() == YotiOutcome.AbortedCode.FRAUD_DETECTED, \"reason kept\");",
                "    unrecognized(aborted.failureTypes().get(0), \"NEW_FAILURE_TYPE\", \"an unknown code of another catalog\");",
                "    check(aborted.failureTypes().get(1).known().orElseThrow() == YotiFailureType.ID_DOCUMENT_EXTRACTION,",
                "        \"the known one beside it\");",
                "    // an undocumented field value reads as empty and never discards the code or the decision",
                "    IdAnalyzerOutcome.Warning upper = IdAnalyzerOutcome.warning(\"FACE_MISMATCH\", \"HIGH\", \"reject\");",
                "    check(upper.code().known().orElseThrow() == IdAnalyzerWarning.FACE_MISMATCH, \"code kept\");",
                "    check(upper.severity().isEmpty(), \"an undocumented severity is empty\");",
                "    check(upper.sent().get(\"severity\").equals(\"HIGH\"), \"and kept as sent\");",
                "    check(upper.decision().orElseThrow() == IdAnalyzerOutcome.Decision.REJECT, \"the decision is not lost\");",
                "",
                "    ArgosOutcome.Retry retry = ArgosOutcome.retry(1, List.of(\"glare_detected\", \"image_too_blurry\"), 2);",
                "    check(retry.codes().stream().map(c -> c.known().orElseThrow()).toList().equals(List.of(",
                "        ArgosOutcome.RetryCode.STEP1_RETRY_GLARE_DETECTED, ArgosOutcome.RetryCode.STEP1_RETRY_IMAGE_TOO_BLURRY))",
                "        && retry.retryCount().getAsInt() == 2, \"known retry codes\");",
                "    check(ArgosOutcome.reject(\"too_many_retry\").code().known().isPresent(), \"reject without a step\");",
                "    YotiOutcome.Aborted poorLight = YotiOutcome.aborted(\"MANDATORY_DOCUMENT_NOT_PROVIDED\",",
                "        List.of(\"ID_DOCUMENT_EXTRACTION\"), List.of(\"POOR_LIGHT\"));",
                "    check(poorLight.details().get(0).known().orElseThrow() == YotiFailureDetail.POOR_LIGHT, \"yoti aborted\");",
                "    check(YotiOutcome.requirementsNotMet(\"MANDATORY_DOCUMENT_NOT_PROVIDED\", List.of(), List.of())",
                "        .code().known().isPresent(), \"a reason returned both ways\");",
                "    check(IdAnalyzerOutcome.warning(\"FACE_MISMATCH\", \"high\", \"reject\").severity().orElseThrow()",
                "        == IdAnalyzerOutcome.ReportedSeverity.HIGH, \"lower-case severity\");",
                "    check(BiometricVisionOutcome.flowFailure(\"EXPIRED\", \"Flow session was expired\").code().known()",
                "        .isPresent(), \"flow failure\");",
                "    check(BiometricVisionOutcome.technologyFailure(\"Liveness\", \"SERVICE_ERROR\", null).code().known()",
                "        .isPresent(), \"no detail\");",
                "    check(AiPriseOutcome.warning(\"DOCUMENT_EXPIRED\", null).decision().isEmpty(), \"no decision\");",
                "    String handled = retry.codes().get(0).match(known -> known.name(), unknown -> \"?\" + unknown.wire());",
                "    check(handled.equals(\"STEP1_RETRY_GLARE_DETECTED\"), \"a Java 17 handler of both: \" + handled);",
                "  }",
                "}");
        Compilation compilation = Compiled.compile(List.of(), REQUEST, check);
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void yotisPriorityPicksTheReasonThatWinsAndOrdersTheRest() {
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.ArrayList;",
                "import java.util.Arrays;",
                "import java.util.List;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  public static void run() {",
                "    List<YotiReasonCode> several = Arrays.asList(YotiReasonCode.MISSING_LIVENESS,",
                "        YotiReasonCode.FACE_MATCH_VERIFICATION_FAILED, null, YotiReasonCode.FRAUD_DETECTED);",
                "    check(YotiReasonCode.highestPriority(several).orElseThrow() == YotiReasonCode.FRAUD_DETECTED, \"winner\");",
                "    check(YotiReasonCode.highestPriority(List.of()).isEmpty(), \"none\");",
                "    check(YotiReasonCode.highestPriority(null).isEmpty(), \"null\");",
                "    List<YotiReasonCode> sorted = new ArrayList<>(List.of(YotiReasonCode.ABANDONED,",
                "        YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED, YotiReasonCode.UNABLE_TO_VALIDATE_DOCUMENT));",
                "    sorted.sort(YotiReasonCode.BY_PRIORITY);",
                "    check(sorted.equals(List.of(YotiReasonCode.UNABLE_TO_VALIDATE_DOCUMENT,",
                "        YotiReasonCode.MANDATORY_DOCUMENT_NOT_PROVIDED, YotiReasonCode.ABANDONED)), \"comparator: \" + sorted);",
                "    check(YotiReasonCode.FACE_MATCH_HIGHER_THRESHOLD_VERIFICATION_FAILED.priorityRank() == 2, \"rank\");",
                "  }",
                "}");
        Compilation compilation = Compiled.compile(List.of(), Compiled.request("\"yoti-reason\""), check);
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void onJava21APatternSwitchOverEveryHierarchyIsExhaustiveWithoutADefault() {
        assumeTrue(Runtime.version().feature() >= 21, "pattern switches need Java 21; .ci/run also runs on JDK 25");
        JavaFileObject handler = source("test.Switches",
                "package test;",
                "import io.codebook.runtime.WireCode;",
                "final class Switches {",
                "  static String argos(ArgosOutcome o) {",
                "    return switch (o) {",
                "      case ArgosOutcome.Retry r -> \"retry\";",
                "      case ArgosOutcome.RequestError e -> \"error\";",
                "      case ArgosOutcome.Reject r -> \"reject\";",
                "    };",
                "  }",
                "  static String aiPrise(AiPriseOutcome o) {",
                "    return switch (o) { case AiPriseOutcome.Warning w -> \"w\"; };",
                "  }",
                "  static String idAnalyzer(IdAnalyzerOutcome o) {",
                "    return switch (o) { case IdAnalyzerOutcome.Warning w -> \"w\"; };",
                "  }",
                "  static String biometric(BiometricVisionOutcome o) {",
                "    return switch (o) {",
                "      case BiometricVisionOutcome.TechnologyFailure t -> \"t\";",
                "      case BiometricVisionOutcome.FlowFailure f -> \"f\";",
                "    };",
                "  }",
                "  static String yoti(YotiOutcome o) {",
                "    return switch (o) {",
                "      case YotiOutcome.Aborted a -> \"a\";",
                "      case YotiOutcome.RequirementsNotMet r -> \"r\";",
                "    };",
                "  }",
                "  static String wire(WireCode<ArgosOutcome.RetryCode> code) {",
                "    return switch (code) {",
                "      case WireCode.Known<ArgosOutcome.RetryCode> k -> k.code().name();",
                "      case WireCode.Unrecognized<ArgosOutcome.RetryCode> u -> u.wire();",
                "    };",
                "  }",
                "  static String retryCode(ArgosOutcome.RetryCode code) {",
                "    return switch (code) {",
                "      case STEP1_RETRY_MRZ_PROTOCOL_FAIL -> \"mrz\";",
                "      default -> \"other\";",
                "    };",
                "  }",
                "}");
        assertThat(Compiled.compile("21", List.of(), REQUEST, handler)).succeededWithoutWarnings();

        JavaFileObject incomplete = source("test.Incomplete",
                "package test;",
                "final class Incomplete {",
                "  static String argos(ArgosOutcome o) {",
                "    return switch (o) {",
                "      case ArgosOutcome.Retry r -> \"retry\";",
                "      case ArgosOutcome.RequestError e -> \"error\";",
                "    };",
                "  }",
                "}");
        Compilation compilation = Compiled.compile("21", List.of(), REQUEST, incomplete);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("the switch expression does not cover all possible input values");
    }
}
