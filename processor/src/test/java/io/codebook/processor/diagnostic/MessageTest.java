package io.codebook.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Identifiers are what users search for: each is well-formed, names one kind of mistake, and is
 * explained in the README's table, which lists no identifier Codebook does not report.
 */
class MessageTest {

    private static final Pattern ID = Pattern.compile("CODEBOOK(-[A-Z0-9]+)+");
    /** A row of the README's tables: {@code | `CODEBOOK-…` | meaning |}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(CODEBOOK-[^`]*)` \\| (.*) \\|$");
    /** A format specifier, or {@code %%} (a literal %), which takes no argument. */
    private static final Pattern FORMAT_SPECIFIER = Pattern.compile("%%|%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z]");

    /** The README's "When a spec is wrong" section: to the next section or the end. */
    private static List<String> readmeSection() throws IOException {
        // tests run in the processor module's directory; the README is the project's
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## When a spec is wrong");
        assertTrue(start >= 0, "the README has no section 'When a spec is wrong'");
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            section.add(lines.get(i));
        }
        return section;
    }

    @Test
    void everyIdIsWellFormedAndNamesOneMessage() {
        Set<String> seen = new HashSet<>();
        for (Message message : Message.values()) {
            assertTrue(ID.matcher(message.id()).matches(), message + ": " + message.id());
            assertTrue(seen.add(message.id()), message + " reuses " + message.id());
        }
    }

    @Test
    void everyTemplateFormatsWithTheArgumentsItsPlaceholdersTake() {
        // a literal % written as % rather than %% fails here
        for (Message message : Message.values()) {
            int count = 0;
            Matcher matcher = FORMAT_SPECIFIER.matcher(message.template());
            while (matcher.find()) {
                count += matcher.group().equals("%%") ? 0 : 1;
            }
            Object[] arguments = new Object[count];
            Arrays.fill(arguments, 0);
            try {
                assertTrue(!message.format(arguments).isBlank(), message.toString());
            } catch (IllegalFormatException e) {
                fail(message + " does not format with " + count + " arguments: " + e, e);
            }
        }
    }

    @Test
    void theReadmeTableListsEveryIdAndNoOther() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String line : readmeSection()) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.matches()) {
                assertTrue(!row.group(2).isBlank(), row.group(1) + " has no meaning in the README");
                listed.add(row.group(1));
            }
        }
        Set<String> documented = new TreeSet<>(listed);
        assertEquals(listed.size(), documented.size(), "the README lists an id twice: " + listed);
        Set<String> reported = new TreeSet<>();
        Arrays.stream(Message.values()).map(Message::id).forEach(reported::add);
        Set<String> undocumented = new TreeSet<>(reported);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(reported);
        assertEquals(Set.of(), undocumented, "ids missing from the README's table");
        assertEquals(Set.of(), unknown, "ids in the README's table that Codebook never reports");
    }

    @Test
    void theReadmeExampleIsWhatCodebookPrints() throws IOException {
        List<String> section = readmeSection();
        int open = section.indexOf("```");
        int close = section.subList(open + 1, section.size()).indexOf("```") + open + 1;
        String example = String.join(" ", section.subList(open + 1, close));
        String expected = Message.UNKNOWN_ATTRIBUTE_VALUE.render("Hgh", "severity", "High, Low",
                Suggestions.hint("Hgh", List.of("High", "Low")));
        assertTrue(example.endsWith("src/main/codebook/acme.yaml:14:19: " + expected), example);
    }
}
