package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.locate.SpecSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says what a spec's author most likely did wrong when SnakeYAML cannot parse the spec, and where
 * they did it. SnakeYAML reports where its parser stopped, in a parser's words ("expected
 * &lt;block end&gt;, but found '&lt;block mapping start&gt;'"); the mistake is often elsewhere: a
 * quote or bracket left open is reported where it opens, not where the file ends.
 *
 * <p>SnakeYAML's messages are matched as text: they are its only account of what went wrong.
 * What no rule here recognises is reported as SnakeYAML words it, which stays true if a newer
 * SnakeYAML words it differently.
 */
final class SyntaxErrors {

    /** SnakeYAML refuses global (class-naming) tags itself, while parsing; its message names the tag. */
    private static final Pattern GLOBAL_TAG = Pattern.compile("Global tag is not allowed: (\\S+)");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern FLOW_EXPECTED = Pattern.compile("expected ',' or '[\\]}]', but got (.+)");
    private static final Pattern BLOCK_END = Pattern.compile("expected <block end>, but found '(.+)'");
    private static final Pattern GLUED_COLON = Pattern.compile("^([^:\\s]+):(\\S.*)$");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private final SpecSource source;
    private final String[] lines;
    private final Problems problems;

    /** @param text the spec's text as SnakeYAML read it (byte order mark removed) */
    SyntaxErrors(SpecSource source, String text, Problems problems) {
        this.source = source;
        this.lines = LINE_BREAK.split(text, -1);
        this.problems = problems;
    }

    void report(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark opened = e.getContextMark() != null ? e.getContextMark() : at;
        Matcher matcher;
        if (at == null) {
            problems.report(SpecPosition.startOf(source.displayPath()), Message.YAML_SYNTAX, problem);
        } else if ((matcher = GLOBAL_TAG.matcher(problem)).find()) {
            problems.report(position(at), Message.YAML_TAG, matcher.group(1));
        } else if (problem.contains("'\\t(TAB)'")) {
            problems.report(position(at), Message.YAML_TAB);
        } else if ((matcher = CANNOT_START.matcher(problem)).find()) {
            problems.report(position(at), Message.YAML_RESERVED_CHARACTER, matcher.group(1), matcher.group(1));
        } else if (problem.startsWith("found undefined alias")) {
            // an alias of no anchor: most likely a value starting with '*' that was meant as text
            problems.report(position(at), Message.YAML_RESERVED_CHARACTER, "*", "*");
        } else if (context.contains("quoted scalar") && problem.startsWith("found unexpected")) {
            unclosedQuote(opened);
        } else if (context.contains("flow sequence") || context.contains("flow mapping")) {
            flowCollection(context.contains("flow sequence"), opened, at, problem);
        } else if (problem.startsWith("mapping values are not allowed")) {
            colonWhereNoKeyCanStart(at);
        } else if (problem.startsWith("could not find expected ':'")) {
            missingColon(opened);
        } else if ((matcher = BLOCK_END.matcher(problem)).find()) {
            blockEnd(matcher.group(1), context, opened, at);
        } else if (context.startsWith("expected a single document")) {
            problems.report(position(at), Message.YAML_SEVERAL_DOCUMENTS);
        } else {
            problems.report(position(at), Message.YAML_SYNTAX,
                    e.getContext() != null ? problem + " (" + e.getContext() + ")" : problem);
        }
    }

    /** A quoted text that runs to the end of the file: reported at its opening quote. */
    private void unclosedQuote(Mark opened) {
        String quote = String.valueOf(charAt(opened));
        boolean single = quote.equals("'");
        problems.report(position(opened), Message.YAML_UNCLOSED_QUOTE, quote, quote,
                single ? "inside '...', write a ' as ''" : "inside \"...\", write a \" as \\\"");
    }

    /**
     * A {@code [list]} or {@code {map}} written on one line that YAML cannot finish reading. When
     * it stopped on a later line than the bracket (or at the end of the file), the bracket is most
     * likely never closed, so that is reported where it opens; on the same line, an item is wrong.
     */
    private void flowCollection(boolean list, Mark opened, Mark at, String problem) {
        Matcher matcher = FLOW_EXPECTED.matcher(problem);
        if (!matcher.find()) {
            problems.report(position(at), Message.YAML_SYNTAX, problem);
            return;
        }
        String open = list ? "[" : "{";
        String close = list ? "]" : "}";
        String found = token(matcher.group(1));
        String kind = list ? "list" : "map";
        if (matcher.group(1).equals("<stream end>")) {
            problems.report(position(opened), Message.YAML_UNCLOSED_BRACKET, open,
                    "the spec ends while the " + kind + " is still open", close);
        } else if (at.getLine() > opened.getLine()) {
            problems.report(position(opened), Message.YAML_UNCLOSED_BRACKET, open, "at line " + (at.getLine() + 1)
                    + ", column " + (at.getColumn() + 1) + " the " + kind + " is still open and YAML found " + found,
                    close);
        } else {
            problems.report(position(at), Message.YAML_FLOW_ITEMS, open, "column " + (opened.getColumn() + 1), close,
                    found);
        }
    }

    /**
     * A {@code ': '} where no key can start: inside a value when a key already ends earlier on the
     * line ({@code description: Front: %s}), else on a line indented deeper than a line that
     * already has its value.
     */
    private void colonWhereNoKeyCanStart(Mark at) {
        String line = line(at);
        String before = stripItemMarks(line.substring(0, index(line, at)));
        int keyEnd = before.indexOf(": ");
        if (keyEnd > 0) {
            String value = stripItemMarks(line).substring(keyEnd + 2).trim();
            problems.report(position(at), Message.YAML_COLON_IN_VALUE,
                    before.substring(0, keyEnd) + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            return;
        }
        problems.report(startOfLine(at), Message.YAML_INDENTATION,
                "it is indented deeper than the line above it, which already has its value, so no key can start"
                        + " here (if this line continues a text, quote that text)");
    }

    /** A line of a map without {@code ': '}: reported at that line (SnakeYAML stops on the next one). */
    private void missingColon(Mark keyStart) {
        String line = line(keyStart).trim();
        Matcher glued = GLUED_COLON.matcher(line);
        problems.report(position(keyStart), Message.YAML_MISSING_COLON, glued.find()
                ? "Put a space after the ':' (" + glued.group(1) + ": " + glued.group(2) + ")."
                : "Write it as 'key: value'; if it continues the text of the line above, indent it further than"
                        + " that text's key, or quote the text.");
    }

    /** A line that belongs to no map or list above it: most often, indentation off by a space or two. */
    private void blockEnd(String found, String context, Mark opened, Mark at) {
        if (found.equals("<scalar>")) {
            problems.report(position(at), Message.YAML_TEXT_AFTER_VALUE);
            return;
        }
        if (found.equals("]") || found.equals("}")) {
            problems.report(position(at), Message.YAML_UNMATCHED_BRACKET, found);
            return;
        }
        boolean list = context.contains("block collection") || context.contains("block sequence");
        int column = firstColumn(at);
        int expected = opened.getColumn() + 1;
        String container = list ? "the list" : "the map";
        String members = list ? "its '- ' items" : "its keys";
        String detail = column == expected
                ? container + " that starts at line " + (opened.getLine() + 1) + " has " + members + " at column "
                        + expected + ", so a line there must be one of them"
                : "it starts at column " + column + ", but " + container + " it seems to belong to (line "
                        + (opened.getLine() + 1) + ") has " + members + " at column " + expected;
        problems.report(startOfLine(at), Message.YAML_INDENTATION, detail);
    }

    /** How to name what SnakeYAML found, for a reader who never saw its token names. */
    private static String token(String found) {
        return switch (found) {
            case "<stream end>" -> "the end of the file";
            case "<scalar>" -> "more text";
            default -> "'" + found + "'";
        };
    }

    /** The line without its indentation and list item marks ({@code - - key: x} is {@code key: x}). */
    private static String stripItemMarks(String line) {
        return line.replaceFirst("^\\s*(-\\s+)*", "");
    }

    private String line(Mark mark) {
        return mark.getLine() < lines.length ? lines[mark.getLine()] : "";
    }

    private char charAt(Mark mark) {
        String line = line(mark);
        int index = index(line, mark);
        return index < line.length() ? line.charAt(index) : '\'';
    }

    /** The index in {@code line} of the mark's column, which SnakeYAML counts in code points. */
    private static int index(String line, Mark mark) {
        return line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
    }

    /** 1-based column of the first character of the mark's line that is not a space. */
    private int firstColumn(Mark mark) {
        String line = line(mark);
        int column = 0;
        while (column < line.length() && line.charAt(column) == ' ') {
            column++;
        }
        return column + 1;
    }

    private SpecPosition startOfLine(Mark mark) {
        return new SpecPosition(source.displayPath(), mark.getLine() + 1, firstColumn(mark));
    }

    private SpecPosition position(Mark mark) {
        return SpecReader.position(source, mark);
    }
}
