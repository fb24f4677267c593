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
    void wireValuesOfEveryShapeTheCatalogDoesNotKnowEndInUnknownWithTheirRawValuesKept() {
        JavaFileObject check = source("test.Check",
                "package test;",
                "import java.util.Arrays;",
                "import java.util.List;",
                "public final class Check {",
                "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                "  static void unknown(Object outcome, String key, Object raw, String what) {",
                "    check(outcome instanceof ArgosOutcome.Unknown || outcome instanceof YotiOutcome.Unknown",
                "        || outcome instanceof BiometricVisionOutcome.Unknown || outcome instanceof IdAnalyzerOutcome.Unknown, what);",
                "    java.util.Map<String, Object> kept = outcome instanceof ArgosOutcome.Unknown a ? a.raw()",
                "        : outcome instanceof YotiOutcome.Unknown y ? y.raw()",
                "        : outcome instanceof IdAnalyzerOutcome.Unknown i ? i.raw()",
                "        : ((BiometricVisionOutcome.Unknown) outcome).raw();",
                "    check(java.util.Objects.equals(kept.get(key), raw), what + \": raw value kept\");",
                "  }",
                "  public static void run() {",
                "    String longCode = \"x\".repeat(100_000);",
                "    for (String code : Arrays.asList(\"brand_new_code\", \"\", \" \", null, longCode, \"Ünïcødé ☃\",",
                "        \"mrz_protocol_fail \", \"MRZ_PROTOCOL_FAIL\", \"\\u0000\\n\\t\", \"invalid_payload\")) {",
                "      unknown(ArgosOutcome.retry(1, Arrays.asList(code), 1), \"codes\", Arrays.asList(code), \"retry \" + code);",
                "      unknown(ArgosOutcome.reject(code), \"code\", code, \"reject \" + code);",
                "      unknown(YotiOutcome.aborted(code, List.of(), List.of()), \"code\", code, \"yoti \" + code);",
                "      unknown(IdAnalyzerOutcome.warning(code, \"high\", \"review\"), \"code\", code, \"id analyzer \" + code);",
                "      unknown(BiometricVisionOutcome.technologyFailure(\"Liveness\", \"CLIENT\", code), \"failureDetail\", code,",
                "          \"biometric \" + code);",
                "    }",
                "    // a known code in the wrong section: an error code read as a retry code",
                "    unknown(ArgosOutcome.retry(1, List.of(\"invalid_payload\"), 0), \"codes\", List.of(\"invalid_payload\"), \"wrong section\");",
                "    unknown(ArgosOutcome.requestError(2, \"mrz_protocol_fail\"), \"code\", \"mrz_protocol_fail\", \"wrong step\");",
                "    unknown(ArgosOutcome.retry(1, null, 1), \"codes\", null, \"null list\");",
                "    // a Yoti reason only returned as requirements-not-met, read as aborted",
                "    unknown(YotiOutcome.aborted(\"UNABLE_TO_VERIFY_ADDRESS\", List.of(), List.of()), \"code\",",
                "        \"UNABLE_TO_VERIFY_ADDRESS\", \"wrong kind\");",
                "    unknown(YotiOutcome.aborted(\"FRAUD_DETECTED\", List.of(\"NEW_FAILURE_TYPE\"), List.of()), \"failureTypes\",",
                "        List.of(\"NEW_FAILURE_TYPE\"), \"unknown field value\");",
                "    unknown(IdAnalyzerOutcome.warning(\"FACE_MISMATCH\", \"HIGH\", null), \"severity\", \"HIGH\", \"severity is lower case\");",
                "",
                "    ArgosOutcome retry = ArgosOutcome.retry(1, List.of(\"glare_detected\", \"image_too_blurry\"), 2);",
                "    check(retry instanceof ArgosOutcome.Retry r && r.codes().equals(List.of(",
                "        ArgosOutcome.RetryCode.STEP1_RETRY_GLARE_DETECTED, ArgosOutcome.RetryCode.STEP1_RETRY_IMAGE_TOO_BLURRY))",
                "        && r.retryCount().getAsInt() == 2, \"known retry codes\");",
                "    check(ArgosOutcome.reject(\"too_many_retry\") instanceof ArgosOutcome.Reject, \"reject without a step\");",
                "    YotiOutcome aborted = YotiOutcome.aborted(\"MANDATORY_DOCUMENT_NOT_PROVIDED\",",
                "        List.of(\"ID_DOCUMENT_EXTRACTION\"), List.of(\"POOR_LIGHT\"));",
                "    check(aborted instanceof YotiOutcome.Aborted a && a.details().equals(List.of(YotiFailureDetail.POOR_LIGHT)),",
                "        \"yoti aborted\");",
                "    check(YotiOutcome.requirementsNotMet(\"MANDATORY_DOCUMENT_NOT_PROVIDED\", List.of(), List.of())",
                "        instanceof YotiOutcome.RequirementsNotMet, \"a reason returned both ways\");",
                "    check(IdAnalyzerOutcome.warning(\"FACE_MISMATCH\", \"high\", \"reject\") instanceof IdAnalyzerOutcome.Warning w",
                "        && w.severity().orElseThrow() == IdAnalyzerOutcome.ReportedSeverity.HIGH, \"lower-case severity\");",
                "    check(BiometricVisionOutcome.flowFailure(\"EXPIRED\", \"Flow session was expired\")",
                "        instanceof BiometricVisionOutcome.FlowFailure, \"flow failure\");",
                "    check(BiometricVisionOutcome.technologyFailure(\"Liveness\", \"SERVICE_ERROR\", null)",
                "        instanceof BiometricVisionOutcome.TechnologyFailure, \"no detail\");",
                "    check(AiPriseOutcome.warning(\"DOCUMENT_EXPIRED\", null) instanceof AiPriseOutcome.Warning, \"no decision\");",
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
                "final class Switches {",
                "  static String argos(ArgosOutcome o) {",
                "    return switch (o) {",
                "      case ArgosOutcome.Retry r -> \"retry\";",
                "      case ArgosOutcome.RequestError e -> \"error\";",
                "      case ArgosOutcome.Reject r -> \"reject\";",
                "      case ArgosOutcome.Unknown u -> \"unknown\";",
                "    };",
                "  }",
                "  static String aiPrise(AiPriseOutcome o) {",
                "    return switch (o) { case AiPriseOutcome.Warning w -> \"w\"; case AiPriseOutcome.Unknown u -> \"u\"; };",
                "  }",
                "  static String idAnalyzer(IdAnalyzerOutcome o) {",
                "    return switch (o) { case IdAnalyzerOutcome.Warning w -> \"w\"; case IdAnalyzerOutcome.Unknown u -> \"u\"; };",
                "  }",
                "  static String biometric(BiometricVisionOutcome o) {",
                "    return switch (o) {",
                "      case BiometricVisionOutcome.TechnologyFailure t -> \"t\";",
                "      case BiometricVisionOutcome.FlowFailure f -> \"f\";",
                "      case BiometricVisionOutcome.Unknown u -> \"u\";",
                "    };",
                "  }",
                "  static String yoti(YotiOutcome o) {",
                "    return switch (o) {",
                "      case YotiOutcome.Aborted a -> \"a\";",
                "      case YotiOutcome.RequirementsNotMet r -> \"r\";",
                "      case YotiOutcome.Unknown u -> \"u\";",
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
                "      case ArgosOutcome.Unknown u -> \"unknown\";",
                "    };",
                "  }",
                "}");
        Compilation compilation = Compiled.compile("21", List.of(), REQUEST, incomplete);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("the switch expression does not cover all possible input values");
    }
}
