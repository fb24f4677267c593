package io.codebook.processor.bind;

import io.codebook.processor.model.PlaceholderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders in a vendor text: named ({@code {email}}, {@code {#pipelines}}) and
 * positional printf-style ({@code %s}, {@code %d}, {@code %.2f}).
 */
final class TextPlaceholders {

    private static final Pattern TOKEN = Pattern.compile("\\{#?([A-Za-z_][A-Za-z0-9_]*)}|%(?:\\.\\d+)?([sdf])");

    /**
     * A placeholder as found in a text.
     *
     * @param name the name for a named token; empty for a positional one
     * @param positionalType for a positional token, the type its conversion implies
     */
    record Token(String text, Optional<String> name, Optional<PlaceholderType> positionalType) {
        boolean named() {
            return name.isPresent();
        }
    }

    private TextPlaceholders() {}

    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                tokens.add(new Token(matcher.group(), Optional.of(matcher.group(1)), Optional.empty()));
            } else {
                PlaceholderType type = switch (matcher.group(2)) {
                    case "d" -> PlaceholderType.INTEGER;
                    case "f" -> PlaceholderType.DECIMAL;
                    default -> PlaceholderType.STRING;
                };
                tokens.add(new Token(matcher.group(), Optional.empty(), Optional.of(type)));
            }
        }
        return tokens;
    }
}
