package io.codebook.processor.generate.support;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals as a person would write them in source: a long text is split at spaces into
 * pieces joined by {@code +}, which javac folds back into one constant, so no generated line runs
 * far past the margin. A text longer than a class file lets one constant be (65,535 bytes of modified
 * UTF-8) is joined at run time instead, with {@code String.join}, so javac does not fold it into a
 * constant it cannot write.
 */
public final class Literals {

    /** Characters of text per piece of a long literal. */
    static final int PIECE = 50;

    /** The most bytes a class file constant holds, less room for what javac folds in beside it. */
    static final int CONSTANT_BYTES = 65_000;

    private Literals() {}

    /** {@code "text"}, or {@code null} for an absent text. */
    public static CodeBlock string(String text) {
        if (text == null) {
            return CodeBlock.of("null");
        }
        if (text.length() <= PIECE + PIECE / 4) {
            return CodeBlock.of("$S", text);
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PIECE);
            if (end < text.length()) {
                int space = text.lastIndexOf(' ', end);
                end = space > start + PIECE / 2 ? space + 1 : end;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // never split a character in two
                }
            }
            pieces.add(CodeBlock.of("$S", text.substring(start, end)));
            start = end;
        }
        if (constantBytes(text) > CONSTANT_BYTES) {
            return CodeBlock.of("$T.join($S,$W$L)", String.class, "", CodeBlock.join(pieces, ",$W"));
        }
        return CodeBlock.join(pieces, "$W+ ");
    }

    /** The length of {@code text} in a class file: modified UTF-8, where U+0000 takes two bytes. */
    static long constantBytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
