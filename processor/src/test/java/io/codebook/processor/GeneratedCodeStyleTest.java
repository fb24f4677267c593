package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code reads as a careful person writes it. Checked on the golden copies, which
 * {@link GeneratedSourcesGoldenTest} keeps equal to what the processor generates.
 */
class GeneratedCodeStyleTest {

    private static List<Path> goldenSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("user.dir"), "src/test/resources/golden"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * Lines stay within 100 columns, but where one unbreakable token (a long constant, a link to
     * it, a generic type, a piece of a string, a source's address) fills them; a type's header, which JavaPoet writes on
     * one line, is the exception.
     */
    @Test
    void generatedLinesAreWrapped() throws IOException {
        // a source named by its address (a URL, github:owner/repo:path@commit) cannot be broken either
        Pattern token = Pattern.compile("\"[^\"]*\"|\\{@\\w+ [^}]*}|(?:https?://|github:)\\S+|[\\w.#]+(?:<[^()=;]*>)?");
        List<String> tooLong = new ArrayList<>();
        for (Path file : goldenSources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String content = line.strip();
                if (line.length() <= 100 || content.matches("(public )?(sealed )?(interface|enum|class|record) .*")) {
                    continue;
                }
                Matcher tokens = token.matcher(content);
                int longest = 0;
                while (tokens.find()) {
                    longest = Math.max(longest, tokens.group().length());
                }
                if (line.length() - longest > 45) {
                    tooLong.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    /** Coverage tools read the marker from each class file: a nested type does not inherit it. */
    @Test
    void everyGeneratedTypeCarriesCodebooksClassRetainedMarker() throws IOException {
        Pattern declaration = Pattern.compile("^\\s*(public |private |static |final |abstract |sealed )*"
                + "(interface|enum|class|record) \\w+");
        List<String> unmarked = new ArrayList<>();
        for (Path file : goldenSources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (declaration.matcher(lines.get(i)).find()
                        && (i == 0 || !lines.get(i - 1).strip().startsWith("@CodebookGenerated("))) {
                    unmarked.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), unmarked);
    }

    /**
     * The java.lang types the generated code names simply are the ones the naming stage writes
     * qualified when the target package has a type of that name; a generator change that uses
     * another must add it there.
     */
    @Test
    void generatedCodeNamesNoJavaLangTypeTheNamingStageDoesNotGuard() throws IOException {
        java.util.Set<String> used = new java.util.TreeSet<>();
        Pattern simpleName = Pattern.compile("(?<![\\w.])([A-Z][A-Za-z]+)(?![\\w])");
        for (Path file : goldenSources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", "")          // comments and javadoc
                    .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // string literals
                    .replaceAll("(?m)^(package|import) .*$", "");
            Matcher names = simpleName.matcher(code);
            while (names.find()) {
                String name = names.group(1);
                if (io.codebook.processor.naming.ReservedAccess.javaLang().contains(name)) {
                    used.add(name);
                }
            }
        }
        assertTrue(io.codebook.processor.naming.Reserved.JAVA_LANG_IN_GENERATED_CODE.containsAll(used),
                "java.lang types used: " + used);
    }

    @Test
    void javadocUsesTheArticleItsWordIsReadWith() throws IOException {
        Pattern wrongArticle = Pattern.compile("\\b[Aa] \\{@link [AEIOU]|\\bAn \\{@link [^AEIOU]");
        List<String> wrong = new ArrayList<>();
        for (Path file : goldenSources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher matcher = wrongArticle.matcher(text);
            while (matcher.find()) {
                wrong.add(file.getFileName() + ": " + text.substring(matcher.start(),
                        Math.min(text.length(), matcher.end() + 30)));
            }
            assertTrue(!text.contains("may holds") && !text.contains("Handles some"), file + ": grammar of handler docs");
        }
        assertEquals(List.of(), wrong);
    }
}
