package io.codebook.processor.reference;

/**
 * HTML built by appending. Every text and attribute value is escaped here and nowhere else, so what a
 * spec says (a vendor's description holding {@code <script>} or quotes) is always shown as text, never
 * read as markup. Tags and attribute names come only from this package's constants.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only {@code text}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content that HTML writes without an end tag ({@code meta}, {@code link}, {@code input}). */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup this package writes from its own constants (the doctype); never anything a spec says. */
    Html markup(String trusted) {
        out.append(trusted);
        return this;
    }

    /** A line break in the source, so the pages read well as text and diff well between builds. */
    Html newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escapeAttribute(attributes[i + 1])).append('"');
            }
        }
    }

    /**
     * {@code text} as HTML text: {@code &}, {@code <} and {@code >} are written as references; control
     * characters and noncharacters, which HTML forbids and no reader could see, and lone surrogates become
     * U+FFFD, so a stray byte in a spec cannot make a page invalid.
     */
    static String escape(String text) {
        return escape(text, false);
    }

    /** {@code text} as a double-quoted attribute value: as text, and the quotes too. */
    static String escapeAttribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\'' -> attribute ? "&#39;" : null;
                default -> forbidden(text, i) ? "\uFFFD" : null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean forbidden(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t' || c == '\r') {
            return false;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
