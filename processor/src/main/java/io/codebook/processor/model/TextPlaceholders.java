package io.codebook.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders in a vendor text: named ({@code {email}}, {@code {#pipelines}}) and
 * positional printf-style ({@code %s}, {@code %d}, {@code %.2f}).
 */
public final class TextPlaceholders {

    private static final Pattern TOKEN = Pattern.compile("\\{#?([A-Za-z_][A-Za-z0-9_]*)}|%(?:\\.\\d+)?([sdf])");

    /**
     * A placeholder as found in a text.
     *
     * @param name the name for a named token; empty for a positional one
     * @param positionalType for a positional token, the type its conversion implies
     * @param start where the token starts in the text
     * @param end where the token ends in the text (exclusive)
     */
    public record Token(String text, Optional<String> name, Optional<PlaceholderType> positionalType, int start,
            int end) {
        public boolean named() {
            return name.isPresent();
        }
    }

    private TextPlaceholders() {}

    /** Whether {@code text} has a named placeholder, so a typed method fills it. */
    public static boolean hasNamed(String text) {
        return scan(text).stream().anyMatch(Token::named);
    }

    public static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                tokens.add(new Token(matcher.group(), Optional.of(matcher.group(1)), Optional.empty(), matcher.start(),
                        matcher.end()));
            } else {
                PlaceholderType type = switch (matcher.group(2)) {
                    case "d" -> PlaceholderType.INTEGER;
                    case "f" -> PlaceholderType.DECIMAL;
                    default -> PlaceholderType.STRING;
                };
                tokens.add(new Token(matcher.group(), Optional.empty(), Optional.of(type), matcher.start(),
                        matcher.end()));
            }
        }
        return tokens;
    }
}
