package io.codebook.processor.json;

/**
 * Writes a JSON string, for everything Codebook writes as JSON (the catalog reference's search data,
 * the compatibility report), since spec and vendor text may hold anything. Besides what JSON must
 * escape: the line separators U+2028 and U+2029 (line breaks to older JavaScript) and {@code <} (so
 * the text can never close a script element it is embedded in); a lone surrogate, which UTF-8 cannot
 * hold, becomes U+FFFD. The result is valid JSON and a valid JavaScript string literal.
 */
public final class JsonString {

    private JsonString() {}

    /** Appends {@code text} as a JSON string to {@code out}, and returns {@code out}. */
    public static StringBuilder append(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code text} as a JSON string. */
    public static String of(String text) {
        return append(new StringBuilder(text.length() + 2), text).toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
