package io.codebook.processor.generate.code;

import com.palantir.javapoet.ClassName;
import io.codebook.processor.generate.support.Chunks;
import io.codebook.processor.model.Code;
import io.codebook.processor.naming.Reserved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a type of codes (a catalog's code type, or the codes one outcome may hold): one
 * enum, or, past what one class can hold, a sealed interface over enums {@code Part1},
 * {@code Part2}… Either way consumers see the same API; only Java's own enum features
 * ({@code switch}, {@code EnumSet}) need the single enum.
 *
 * <p>An enum constant costs its enum's static initializer about 16 bytes of bytecode (create,
 * name, ordinal, store), plus what its constructor arguments cost, and a {@code match} switch
 * over it about 20 bytes in the class javac adds for the switch. Constants carry nothing else:
 * a catalog's facts live in its table. So a part holds up to {@link #MAX_CONSTANTS} constants.
 */
public final class CodeSetShape {

    /**
     * The most constants one enum holds. Past it, the type splits. Well within the JVM's limits at
     * the costs above, and a number a person can still scroll through.
     */
    public static final int MAX_CONSTANTS = 2_000;

    private final ClassName type;
    private final List<List<Code>> parts;
    private final Map<Integer, Integer> partOf = new HashMap<>();

    private CodeSetShape(ClassName type, List<List<Code>> parts) {
        this.type = type;
        this.parts = List.copyOf(parts);
        for (int i = 0; i < parts.size(); i++) {
            for (Code code : parts.get(i)) {
                partOf.put(code.ordinal(), i);
            }
        }
    }

    /**
     * @param argumentBytecode what each constant's constructor arguments cost (0 for thin constants)
     * @param splitAbove a smaller limit a build asks for, to see the split shape
     */
    public static CodeSetShape plan(ClassName type, List<Code> codes, int argumentBytecode,
            Optional<Integer> splitAbove) {
        int max = splitAbove.map(limit -> Math.max(1, Math.min(limit, MAX_CONSTANTS))).orElse(MAX_CONSTANTS);
        if (codes.size() <= max) {
            return new CodeSetShape(type, List.of(codes));
        }
        Chunks.Cost perConstant = new Chunks.Cost(20 + argumentBytecode, 10);
        return new CodeSetShape(type, Chunks.split(codes, code -> perConstant, max));
    }

    public ClassName type() {
        return type;
    }

    public boolean split() {
        return parts.size() > 1;
    }

    public List<Part> parts() {
        List<Part> result = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            result.add(new Part(split() ? type.nestedClass(Reserved.PART + (i + 1)) : type, parts.get(i), offset));
            offset += parts.get(i).size();
        }
        return result;
    }

    /** The enum a code's constant is declared in. */
    public ClassName enumOf(Code code) {
        return split() ? type.nestedClass(Reserved.PART + (partOf.get(code.ordinal()) + 1)) : type;
    }

    /**
     * One enum of the type.
     *
     * @param type the enum: the type itself, or one of its parts
     * @param codes its constants' codes, in order
     * @param offset the index of its first code among all the type's codes
     */
    public record Part(ClassName type, List<Code> codes, int offset) {}
}
