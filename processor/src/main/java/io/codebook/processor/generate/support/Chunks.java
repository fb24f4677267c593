package io.codebook.processor.generate.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits what one class would hold into pieces each class can hold: the JVM limits a method to
 * 64 KB of bytecode and a class to 65,535 constant-pool entries. Every item is weighed by its own
 * cost in both, and a piece takes items until either budget would be exceeded, so a catalog of
 * small codes fills fewer pieces than one of large codes, and none overflows.
 */
public final class Chunks {

    /** Bytecode one generated method may use, leaving room for what the method does besides. */
    public static final int BYTECODE_BUDGET = 48_000;
    /** Constant-pool entries one generated class may use, leaving room for its other members. */
    public static final int CONSTANT_POOL_BUDGET = 48_000;

    /** What an item costs in the method that creates it and in its class's constant pool. */
    public record Cost(int bytecode, int constants) {}

    private Chunks() {}

    /**
     * {@code items} in order, cut into pieces within the budgets and holding at most {@code maxItems}
     * each.
     */
    public static <T> List<List<T>> split(List<T> items, java.util.function.Function<T, Cost> cost, int maxItems) {
        List<List<T>> pieces = new ArrayList<>();
        List<T> piece = new ArrayList<>();
        long bytecode = 0;
        long constants = 0;
        for (T item : items) {
            Cost c = cost.apply(item);
            if (!piece.isEmpty() && (bytecode + c.bytecode() > BYTECODE_BUDGET
                    || constants + c.constants() > CONSTANT_POOL_BUDGET || piece.size() >= maxItems)) {
                pieces.add(piece);
                piece = new ArrayList<>();
                bytecode = 0;
                constants = 0;
            }
            piece.add(item);
            bytecode += c.bytecode();
            constants += c.constants();
        }
        if (!piece.isEmpty() || pieces.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /** Sums an int-valued cost over items. */
    public static <T> int sum(List<T> items, ToIntFunction<T> cost) {
        return items.stream().mapToInt(cost).sum();
    }
}
