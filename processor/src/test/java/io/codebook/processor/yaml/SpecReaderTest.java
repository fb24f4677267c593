package io.codebook.processor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.locate.SpecSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

    private static SpecReader.Result read(String yaml) {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static SpecReader.Result read(byte[] bytes) {
        return new SpecReader().read(new SpecSource("t", "t.yaml", Optional.empty(), bytes));
    }

    private static List<String> rendered(SpecReader.Result result) {
        return result.problems().all().stream().map(Problem::render).toList();
    }

    @Test
    void scalarsStayTheTextTheyWereWrittenAsDespiteYaml11Typing() {
        SpecMap map = (SpecMap) read("a: no\nb: on\nc: 0123\nd: 1e3\ne: null\nf: ~\ng: 'yes'\n").root().orElseThrow();
        assertEquals(List.of("no", "on", "0123", "1e3", "null", "~", "yes"),
                map.entries().stream().map(e -> ((SpecScalar) e.value()).value()).toList());
    }

    @Test
    void nodesKnowTheirOneBasedLineAndColumn() {
        SpecMap map = (SpecMap) read("top:\n  inner: [x, yy]\n").root().orElseThrow();
        SpecList list = (SpecList) ((SpecMap) map.get("top").orElseThrow()).get("inner").orElseThrow();
        assertEquals("t.yaml:2:14", list.items().get(1).position().toString());
    }

    @Test
    void aDuplicateKeyIsAnErrorNamingBothPlaces() {
        SpecReader.Result result = read("a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("t.yaml:3:1: key 'a' appears twice in this map (first at line 1, column 1)."
                + " Keep one of them: YAML would silently drop the other. [CODEBOOK-DUPLICATE-KEY]"), rendered(result));
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStopped() {
        List<String> problems = rendered(read("a: [1, 2\nb: 3\n"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("t.yaml:2:2: this is not valid YAML"), problems.get(0));
        assertTrue(problems.get(0).endsWith("[CODEBOOK-YAML-SYNTAX]"), problems.get(0));
    }

    @Test
    void globalTagsAreRefusedSoNothingIsConstructedFromASpec() {
        List<String> problems = rendered(read("a: !!javax.script.ScriptEngineManager [x]\n"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t.yaml:1:4: tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager'"
                + " is not allowed in a spec."), problems.get(0));
        assertTrue(problems.get(0).endsWith("[CODEBOOK-YAML-TAG]"), problems.get(0));
    }

    @Test
    void standardTagsAreRefusedTooBecauseTheFormatDecidesTypes() {
        List<String> problems = rendered(read("a: !!int 5\nb: !local x\n"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t.yaml:1:4: tag 'tag:yaml.org,2002:int' is not allowed"), problems.get(0));
        assertTrue(problems.get(1).startsWith("t.yaml:2:4: tag '!local' is not allowed"), problems.get(1));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() {
        byte[] bytes = "a: ok\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("t.yaml:2:7: byte 0xE9 is not valid UTF-8. Save the spec as UTF-8. [CODEBOOK-NOT-UTF8]"),
                rendered(read(bytes)));
    }

    @Test
    void aliasExpansionIsBoundedSoABillionLaughsSpecIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        SpecReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(yaml.toString()));
        assertTrue(result.root().isEmpty());
        assertTrue(rendered(result).get(0).contains("[CODEBOOK-YAML-LIMIT]"), rendered(result).toString());
    }

    @Test
    void anEmptyFileIsAnErrorThatSaysHowToStart() {
        List<String> problems = rendered(read(""));
        assertTrue(problems.get(0).startsWith("t.yaml:1:1: the spec is empty."), problems.toString());
        assertTrue(problems.get(0).endsWith("[CODEBOOK-MISSING-KEY]"), problems.toString());
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
        byte[] huge = new byte[SpecReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        List<String> problems = rendered(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(huge)));
        assertEquals(List.of("t.yaml:1:1: spec is " + huge.length + " bytes; the limit is " + SpecReader.MAX_BYTES
                + " bytes, far beyond any vendor's table. Check that this file is the spec you meant. [CODEBOOK-YAML-LIMIT]"),
                problems);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "a: " + "[".repeat(SpecReader.MAX_NESTING + 10) + "]".repeat(SpecReader.MAX_NESTING + 10) + "\n";
        SpecReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(deep));
        assertTrue(result.root().isEmpty());
        assertTrue(rendered(result).get(0).contains("[CODEBOOK-YAML-LIMIT]"), rendered(result).toString());
        assertTrue(rendered(result).get(0).contains("may not nest deeper than 64 levels"), rendered(result).toString());
    }
}
