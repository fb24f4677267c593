package io.codebook.processor.generate.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds javadoc that reads as a careful person writes it: vendor text escaped so it stays data,
 * links to the constants it names, and lines wrapped.
 *
 * <p>Vendor text is data, not markup: it must not end the comment ({@code *}{@code /}), start a tag
 * ({@code @}), be read as HTML ({@code <}, {@code &}), or be turned into a unicode escape by javac
 * ({@code \}{@code u}).
 */
public final class Javadoc {

    /** Characters of text per javadoc line, leaving room for the indentation of nested members. */
    static final int WIDTH = 84;

    private final List<Object> pieces = new ArrayList<>();
    private final int width;
    private boolean qualifiedLinks;

    private Javadoc(int width) {
        this.width = width;
    }

    /** Javadoc wrapped for any member, however deeply nested (up to three levels). */
    public static Javadoc start() {
        return new Javadoc(WIDTH);
    }

    /**
     * Javadoc wrapped for something at most {@code depth} levels deep (0 for a top-level type), so
     * its lines use the whole 100 columns.
     */
    public static Javadoc at(int depth) {
        return new Javadoc(100 - 4 * depth - 3);
    }

    /**
     * Wrap as if every link to a nested type were written qualified by the types it is nested in,
     * as JavaPoet writes it outside them.
     */
    public Javadoc qualifiedLinks() {
        qualifiedLinks = true;
        return this;
    }

    /** Our own text, written as is: it may hold markup and {@code {@code}} tags. */
    public Javadoc text(String text) {
        pieces.add(new Words(text));
        return this;
    }

    /** A vendor's text, escaped. */
    public Javadoc vendor(String text) {
        pieces.add(new Words(escape(text)));
        return this;
    }

    /** A vendor's value as code: {@code <code>text</code>}, escaped. */
    public Javadoc code(String text) {
        pieces.add(new Words(Javadoc.codeOf(text)));
        return this;
    }

    /** {@code {@link Type#member}}, or {@code {@link Type}} when {@code member} is null. */
    public Javadoc link(ClassName type, String member) {
        pieces.add(new Link(type, member));
        return this;
    }

    /**
     * Text whose first word is written right after what comes before it, with no space between
     * (punctuation, a closing parenthesis); the rest wraps as usual.
     */
    public Javadoc glue(String text) {
        int space = text.indexOf(' ');
        pieces.add(new Glue(space < 0 ? text : text.substring(0, space)));
        if (space >= 0) {
            pieces.add(new Words(text.substring(space + 1)));
        }
        return this;
    }

    /** A new paragraph, after a blank line. */
    public Javadoc paragraph() {
        pieces.add(Break.PARAGRAPH);
        return this;
    }

    /** A new paragraph on the next line, without a blank line: for a short paragraph of facts. */
    public Javadoc facts() {
        pieces.add(Break.FACTS);
        return this;
    }

    /** A line break (before a block tag such as {@code @param}). */
    public Javadoc line() {
        pieces.add(Break.LINE);
        return this;
    }

    /**
     * Our own fixed text, wrapped: blank lines separate paragraphs, and a line starting with
     * {@code @} (a block tag) starts a new line.
     */
    public static CodeBlock wrapped(String text) {
        Javadoc doc = start();
        String[] paragraphs = text.strip().split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
            String[] lines = paragraphs[p].split("\n");
            boolean tags = paragraphs[p].startsWith("@");
            if (p > 0) {
                if (tags) {
                    doc.line().line();
                } else {
                    doc.paragraph();
                }
            }
            for (int i = 0; i < lines.length; i++) {
                if (i > 0 && lines[i].startsWith("@")) {
                    doc.line();
                }
                doc.text(lines[i]);
            }
        }
        return doc.build();
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** The javadoc, wrapped, ending with a line break as JavaPoet expects. */
    public CodeBlock build() {
        // text between links is collected and added once: JavaPoet's writer costs per piece added
        CodeBlock.Builder out = CodeBlock.builder();
        StringBuilder text = new StringBuilder();
        int column = 0;
        boolean lineStart = true;
        for (Object piece : pieces) {
            if (piece instanceof Break brk) {
                text.append(switch (brk) {
                    case PARAGRAPH -> "\n\n<p>";
                    case FACTS -> "\n<p>";
                    case LINE -> "\n";
                });
                column = brk == Break.LINE ? 0 : 3;
                lineStart = true;
                continue;
            }
            if (piece instanceof Glue glue) {
                text.append(glue.text());
                column += glue.text().length();
                continue;
            }
            List<Object> words = piece instanceof Words w ? List.copyOf(split(w.text())) : List.of(piece);
            for (Object word : words) {
                int width = word instanceof Link link ? link.width(qualifiedLinks) : ((String) word).length();
                if (!lineStart && column + 1 + width > this.width) {
                    text.append('\n');
                    column = 0;
                    lineStart = true;
                }
                if (!lineStart) {
                    text.append(' ');
                    column++;
                }
                if (word instanceof Link link) {
                    flush(out, text);
                    if (link.member() == null) {
                        out.add("{@link $T}", link.type());
                    } else {
                        out.add("{@link $T#$L}", link.type(), link.member());
                    }
                } else {
                    text.append((String) word);
                }
                column += width;
                lineStart = false;
            }
        }
        text.append('\n');
        flush(out, text);
        return out.build();
    }

    private static void flush(CodeBlock.Builder out, StringBuilder text) {
        if (text.length() > 0) {
            out.add("$L", text.toString());
            text.setLength(0);
        }
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Escapes vendor text for javadoc; line breaks in it become spaces. */
    public static String escape(String text) {
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
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text shown as code: {@code <code>text</code>}, safe for any vendor value. */
    public static String codeOf(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    private enum Break { PARAGRAPH, FACTS, LINE }

    private record Words(String text) {}

    private record Glue(String text) {}

    private record Link(ClassName type, String member) {
        /** As JavaPoet writes it: inside the types it is nested in, or qualified by them. */
        int width(boolean qualified) {
            String name = qualified ? String.join(".", type.simpleNames()) : type.simpleName();
            return 9 + name.length() + (member == null ? 0 : member.length() + 1);
        }
    }
}
