package io.codebook.processor;

import static io.codebook.processor.Compiled.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What generated code reports to the runtime's unknown-value listener: every value a lookup, an
 * outcome factory or a response reader could not match, once, with where it was met (a reader gives
 * the pointer it read from), and nothing for documented values; a listener that throws breaks
 * nothing. Checked in both shapes of the catalog's type.
 */
class UnknownValueReportingTest {

    private static final JavaFileObject REQUEST = Compiled.request("{\"conformance\", \"conformance-reasons\"}");

    private static final JavaFileObject CONSUMER = source("test.Consumer",
            "package test;",
            "import io.codebook.runtime.UnknownValues;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "import java.util.Map;",
            "public final class Consumer {",
            "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
            "  public static void run() {",
            "    List<String> heard = new ArrayList<>();",
            "    UnknownValues.setListener(v -> heard.add(v.catalog() + \" \" + v.kind() + \" \" + v.location() + \" \" + v.value()));",
            "    try {",
            "      ConformanceCode.fromCode(\"expired_id\");",
            "      ConformanceCode.fromCode(\"EXPIRED_ID\");",
            "      ConformanceOutcome.warning(\"blurry\", \"accept\");",
            "      check(heard.isEmpty(), \"documented values are not reported: \" + heard);",
            "      ConformanceCode.fromCode(\"new_code\");",
            "      ConformanceCode.fromCode(null);",
            "      ConformanceCode.match(\"newer_code\", new ConformanceCode.Cases<String>() {",
            "        public String expiredId() { return \"\"; }",
            "        public String blurry() { return \"\"; }",
            "        public String forgedId() { return \"\"; }",
            "        public String badRequest() { return \"\"; }",
            "        public String missingField() { return \"\"; }",
            "        public String unknown(String raw) { return raw; }",
            "      });",
            "      ConformanceOutcome.warning(\"forged_idx\", \"maybe\");",
            "      check(heard.equals(List.of(",
            "          \"conformance code ConformanceCode.fromCode new_code\",",
            "          \"conformance code ConformanceCode.fromCode newer_code\",",
            "          \"conformance code ConformanceOutcome.warning forged_idx\",",
            "          \"conformance decision ConformanceOutcome.warning maybe\")), \"lookups and factories: \" + heard);",
            "      heard.clear();",
            "      Map<String, Object> body = Map.of(\"result\", \"paused\",",
            "          \"retries\", List.of(Map.of(\"code\", \"expired_id\"), Map.of(\"code\", \"too_dark\")),",
            "          \"warnings\", List.of(Map.of(\"code\", \"blurry\", \"decision\", \"accept\"),",
            "              Map.of(\"code\", \"glare\", \"decision\", \"hold\")));",
            "      ConformanceResponse.read(body);",
            "      check(heard.equals(List.of(",
            "          \"conformance status /result PAUSED\",",
            "          \"conformance code /retries/*/code too_dark\",",
            "          \"conformance code /warnings/*/code glare\",",
            "          \"conformance decision /warnings/*/decision hold\")), \"the reader, once each, with pointers: \" + heard);",
            "      heard.clear();",
            "      UnknownValues.setListener(v -> { throw new IllegalStateException(\"a listener's bug\"); });",
            "      check(ConformanceCode.fromCode(\"new_code\").isEmpty(), \"a throwing listener does not break a lookup\");",
            "      check(ConformanceResponse.read(body).findings().size() == 4, \"nor a read\");",
            "      check(ConformanceOutcome.warning(\"glare\", \"hold\").sent().size() == 2, \"nor a factory\");",
            "    } finally {",
            "      UnknownValues.setListener(null);",
            "    }",
            "  }",
            "}");

    @Test
    void everyUnmatchedValueIsReportedOnceWithWhereItWasMet() {
        Compilation split = Compiled.compileAndRunInBothShapes("test.Consumer", REQUEST, CONSUMER);
        assertTrue(Compiled.generatedSource(split, "test/ConformanceCode.java")
                .contains("public sealed interface ConformanceCode"), "the catalog is split");
    }
}
