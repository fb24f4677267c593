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

    /** The longest text kept as one literal: with its quotes and indent, still about one line. */
    static final int WHOLE = 80;

    /** The most characters of text per piece of a longer literal. */
    static final int PIECE = 70;

    /** How far a piece may run past its target to end at a space, and the shortest last piece. */
    static final int TAIL = 15;

    /** The most bytes a class file constant holds, less room for what javac folds in beside it. */
    static final int CONSTANT_BYTES = 65_000;

    private Literals() {}

    /** {@code "text"}, or {@code null} for an absent text. */
    public static CodeBlock string(String text) {
        if (text == null) {
            return CodeBlock.of("null");
        }
        if (text.length() <= WHOLE) {
            return CodeBlock.of("$S", text);
        }
        // pieces of about equal length, so no short remainder shares a line with a long piece
        int target = -Math.floorDiv(-text.length(), -Math.floorDiv(-text.length(), PIECE));
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = pieceEnd(text, start, target);
            if (text.length() - end < TAIL) {
                end = text.length(); // a few words left over go with the last piece, not on a line of their own
            }
            pieces.add(CodeBlock.of("$S", text.substring(start, end)));
            start = end;
        }
        if (constantBytes(text) > CONSTANT_BYTES) {
            return CodeBlock.of("$T.join($S,$W$L)", String.class, "", CodeBlock.join(pieces, ",$W"));
        }
        return CodeBlock.join(pieces, "$W+ ");
    }

    /** Where the piece starting at {@code start} ends: after the space nearest its target length, if near. */
    private static int pieceEnd(String text, int start, int target) {
        int end = Math.min(text.length(), start + target);
        if (end == text.length()) {
            return end;
        }
        int before = text.lastIndexOf(' ', end - 1);
        int after = text.indexOf(' ', end);
        if (after >= 0 && after + 1 - start <= target + TAIL && (before < start + target / 2 || after - end < end - before)) {
            end = after + 1;
        } else if (before >= start + target / 2) {
            end = before + 1;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return end;
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
