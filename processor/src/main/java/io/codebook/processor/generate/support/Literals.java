package io.codebook.processor.generate.support;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals as a person would write them in source: a long text is split at spaces into
 * pieces joined by {@code +}, which javac folds back into one constant, so no generated line runs
 * far past the margin.
 */
public final class Literals {

    /** Characters of text per piece of a long literal. */
    static final int PIECE = 50;

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
        return CodeBlock.join(pieces, "$W+ ");
    }
}
