package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code javaNamePattern}: text with {@code {part}} placeholders. What each placeholder
 * names is checked by the naming stage, which knows the catalog's key and attributes.
 */
final class NamePatternReader {

    static final String KEY = "javaNamePattern";

    private NamePatternReader() {}

    static Optional<NamePattern> read(Fields fields, Problems problems) {
        Optional<String> text = fields.text(KEY, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<NamePattern.Segment> segments = new ArrayList<>();
        String pattern = text.get();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = pattern.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                return invalid(fields, problems, pattern, "has a '}' at character " + (close + 1) + " that closes nothing");
            }
            if (open < 0) {
                segments.add(new NamePattern.Literal(pattern.substring(i)));
                break;
            }
            if (open > i) {
                segments.add(new NamePattern.Literal(pattern.substring(i, open)));
            }
            if (close < 0) {
                return invalid(fields, problems, pattern, "opens a '{' at character " + (open + 1) + " and never closes it");
            }
            String name = pattern.substring(open + 1, close);
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                return invalid(fields, problems, pattern,
                        "has the placeholder {" + name + "}, which is no attribute name or 'code'");
            }
            segments.add(new NamePattern.Placeholder(name));
            i = close + 1;
        }
        if (segments.stream().noneMatch(s -> s instanceof NamePattern.Placeholder)) {
            return invalid(fields, problems, pattern, "has no placeholder, so every code would get the same name");
        }
        return Optional.of(new NamePattern(pattern, segments, fields.positionOf(KEY)));
    }

    private static Optional<NamePattern> invalid(Fields fields, Problems problems, String pattern, String what) {
        problems.report(fields.positionOf(KEY), Message.NAME_PATTERN_SYNTAX, "\"" + pattern + "\" " + what, "fix it");
        return Optional.empty();
    }
}
