package io.codebook.processor.generate;

/**
 * Makes vendor text safe inside a javadoc comment. Vendor text is data, not markup: it must not
 * end the comment ({@code *}{@code /}), start a tag ({@code @}), be read as HTML ({@code <}, {@code &}),
 * or be turned into a unicode escape by javac ({@code \}{@code u}).
 */
final class Javadoc {

    private Javadoc() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text shown as code: {@code <code>text</code>}, safe for any vendor value. */
    static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }
}
