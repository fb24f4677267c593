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

    // --- YAML syntax errors: what is likely wrong, where it is --------------------------------------

    /** The one problem reading {@code yaml} reports, rendered. */
    private static String onlyProblem(String yaml) {
        List<String> problems = rendered(read(yaml));
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aBracketNeverClosedIsReportedWhereItOpensNotWhereTheParserStopped() {
        assertEquals("t.yaml:2:10: the '{' opened here is never closed: at line 3, column 7 the map is still open and"
                + " YAML found ':'. Close it with '}' (if it is closed, look for a missing ',' between its items)."
                + " [CODEBOOK-YAML-UNCLOSED-BRACKET]",
                onlyProblem("codebook: 1\ncatalog: {id: t, vendor: V\ngroups: []\n"));
        assertEquals("t.yaml:1:4: the '[' opened here is never closed: the spec ends while the list is still open."
                + " Close it with ']' (if it is closed, look for a missing ',' between its items)."
                + " [CODEBOOK-YAML-UNCLOSED-BRACKET]",
                onlyProblem("a: [1, 2\n"));
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpens() {
        assertEquals("t.yaml:2:14: the quote ' opened here is never closed, so YAML reads the rest of the spec as one"
                + " text. End the text with ' (inside '...', write a ' as ''). [CODEBOOK-YAML-UNCLOSED-QUOTE]",
                onlyProblem("codebook: 1\ndescription: 'Front side\ngroups: []\n"));
        assertEquals("t.yaml:1:4: the quote \" opened here is never closed, so YAML reads the rest of the spec as one"
                + " text. End the text with \" (inside \"...\", write a \" as \\\"). [CODEBOOK-YAML-UNCLOSED-QUOTE]",
                onlyProblem("a: \"x\nb: 2\n"));
    }

    @Test
    void aColonAndSpaceInsideAValueSaysToQuoteTheValue() {
        assertEquals("t.yaml:3:23: this ': ' is inside a value, where YAML takes it for a second key on the line."
                + " Quote the value, e.g. description: \"Front: %s, Back: %s\". [CODEBOOK-YAML-COLON-IN-VALUE]",
                onlyProblem("codes:\n  - code: A\n    description: Front: %s, Back: %s\n"));
    }

    @Test
    void aKeyIndentedDeeperThanTheKeysAboveIsAnIndentationError() {
        assertEquals("t.yaml:3:5: this line's indentation does not line up with the lines above it: it is indented"
                + " deeper than the line above it, which already has its value, so no key can start here (if this"
                + " line continues a text, quote that text). Indent it with spaces exactly as far as the other keys"
                + " of its map (or the other '- ' items of its list). [CODEBOOK-YAML-INDENTATION]",
                onlyProblem("catalog:\n  id: t\n    vendor: V\n"));
    }

    @Test
    void aKeyIndentedLessThanItsSiblingsIsAnIndentationError() {
        assertEquals("t.yaml:5:8: this line's indentation does not line up with the lines above it: it starts at"
                + " column 8, but the list it seems to belong to (line 4) has its '- ' items at column 7. Indent it"
                + " with spaces exactly as far as the other keys of its map (or the other '- ' items of its list)."
                + " [CODEBOOK-YAML-INDENTATION]",
                onlyProblem("groups:\n  - id: g\n    codes:\n      - code: A\n       description: x\n"));
        assertEquals("t.yaml:3:2: this line's indentation does not line up with the lines above it: it starts at"
                + " column 2, but the map it seems to belong to (line 1) has its keys at column 1. Indent it with"
                + " spaces exactly as far as the other keys of its map (or the other '- ' items of its list)."
                + " [CODEBOOK-YAML-INDENTATION]",
                onlyProblem("catalog:\n  id: t\n vendor: V\n"));
    }

    @Test
    void aKeyWithoutASpaceAfterItsColonIsReportedOnItsOwnLine() {
        assertEquals("t.yaml:3:3: this line is in a map but has no ': ' after its key. Put a space after the ':'"
                + " (vendor: V). [CODEBOOK-YAML-MISSING-COLON]",
                onlyProblem("catalog:\n  id: t\n  vendor:V\n  title: T\n"));
        assertEquals("t.yaml:3:3: this line is in a map but has no ': ' after its key. Write it as 'key: value'; if"
                + " it continues the text of the line above, indent it further than that text's key, or quote the"
                + " text. [CODEBOOK-YAML-MISSING-COLON]",
                onlyProblem("catalog:\n  id: t\n  vendor\n  title: T\n"));
    }

    @Test
    void aTabIsReportedAsNotBeingIndentation() {
        assertEquals("t.yaml:2:1: this is a tab character: YAML indents (and separates a value from its ':') with"
                + " spaces only. Replace the tab with spaces. [CODEBOOK-YAML-TAB]",
                onlyProblem("catalog:\n\tid: t\n"));
    }

    @Test
    void otherSyntaxMistakesSayWhatToDo() {
        assertEquals("t.yaml:1:19: more text follows a value that already ended (a quoted text, or a [list] or"
                + " {map}, ends before it). Quote the whole value, writing a ' inside a '...' text as ''; if a quote"
                + " opened on an earlier line is never closed, YAML took the quote here for its end."
                + " [CODEBOOK-YAML-TEXT-AFTER-VALUE]",
                onlyProblem("title: 'Warnings' of the API\n"));
        assertEquals("t.yaml:1:7: this ']' closes no bracket. Remove it, or open the list or map it should close."
                + " [CODEBOOK-YAML-UNMATCHED-BRACKET]", onlyProblem("a: [x]]\n"));
        assertEquals("t.yaml:1:11: inside the '{' opened at column 4, YAML expected ',' or '}' here but found ':'."
                + " Separate the items with ', ', quote an item that contains ': ' or ', ', and write a ' inside a"
                + " '...' text as ''. [CODEBOOK-YAML-FLOW-ITEMS]", onlyProblem("a: {x: 1 y: 2}\n"));
        assertEquals("t.yaml:1:4: a value cannot start with '@' unquoted: YAML reserves it. Quote the value, e.g."
                + " \"@...\". [CODEBOOK-YAML-RESERVED-CHARACTER]", onlyProblem("a: @home\n"));
        assertEquals("t.yaml:1:4: a value cannot start with '*' unquoted: YAML reserves it. Quote the value, e.g."
                + " \"*...\". [CODEBOOK-YAML-RESERVED-CHARACTER]", onlyProblem("a: *default\n"));
        assertEquals("t.yaml:2:1: a second YAML document starts here, but a spec is one document. Remove the '---'"
                + " line, or give the other catalog its own file. [CODEBOOK-YAML-DOCUMENTS]",
                onlyProblem("a: 1\n---\nb: 2\n"));
        assertEquals("t.yaml:1:7: this is not valid YAML: found unknown escape character q(113) (while scanning a"
                + " double-quoted scalar). Fix the YAML syntax here. [CODEBOOK-YAML-SYNTAX]",
                onlyProblem("a: \"x\\q\"\n"));
    }

    @Test
    void globalTagsAreRefusedSoNothingIsConstructedFromASpec() {
        assertEquals("t.yaml:1:4: tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed in a spec."
                + " Remove the tag; the format decides each value's type. [CODEBOOK-YAML-TAG]",
                onlyProblem("a: !!javax.script.ScriptEngineManager [x]\n"));
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
        assertEquals(List.of("t.yaml:1:1: the spec's aliases (*name) are more than the 32 a spec may use. Write the"
                + " values out instead of aliasing them. [CODEBOOK-YAML-ALIASES]"), rendered(result));
    }

    @Test
    void anEmptyFileIsAnErrorThatSaysHowToStart() {
        assertEquals(List.of("t.yaml:1:1: the spec is empty. Start it with 'codebook: 1' and a 'catalog:' map (see"
                + " catalog-specs/README.md). [CODEBOOK-SPEC-EMPTY]"), rendered(read("")));
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
        byte[] huge = new byte[SpecReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        List<String> problems = rendered(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(huge)));
        assertEquals(List.of("t.yaml:1:1: spec is " + huge.length + " bytes; the limit is " + SpecReader.MAX_BYTES
                + " bytes, far beyond any vendor's table. Check that this file is the spec you meant. [CODEBOOK-YAML-TOO-LARGE]"),
                problems);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "a: " + "[".repeat(SpecReader.MAX_NESTING + 10) + "]".repeat(SpecReader.MAX_NESTING + 10) + "\n";
        SpecReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(deep));
        assertTrue(result.root().isEmpty());
        assertEquals(List.of("t.yaml:1:1: the YAML nests too deep (Nesting Depth exceeded max 64). Specs may not nest"
                + " deeper than 64 levels; check for brackets that are opened but not closed. [CODEBOOK-YAML-TOO-DEEP]"),
                rendered(result));
    }

    @Test
    void aKeyThatIsAListOrMapIsAnError() {
        assertEquals(List.of("t.yaml:1:3: a key must be a single value, found a list. Write the key as plain text."
                + " [CODEBOOK-YAML-KEY-NOT-TEXT]"), rendered(read("? [a, b]\n: c\n")));
    }
}
