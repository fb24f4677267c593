package io.codebook.processor.generate;

import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;

/**
 * How many constants one generated enum class can hold. An enum's constants are created in its
 * static initializer, and a JVM method may hold at most 64 KB of bytecode; a class at most 65,535
 * constant-pool entries. javac fails with "code too large" past either, at about 2,350 constants
 * with four String arguments. Catalogs larger than this are split into several enums behind one
 * sealed interface.
 */
final class EnumSizing {

    /** Leaves room for the rest of the static initializer (lookup tables, values array). */
    private static final int BYTECODE_BUDGET = 40_000;
    private static final int CONSTANT_POOL_BUDGET = 40_000;
    /** Beyond this an enum stops being something a person can read or an IDE can list usefully. */
    private static final int MAX_CONSTANTS = 2_000;

    private EnumSizing() {}

    static int constantsPerClass(Catalog catalog) {
        int worstBytes = 1;
        int worstPoolEntries = 1;
        for (Code code : catalog.codes()) {
            int messages = code.messages().size();
            // new, dup, name, ordinal, invokespecial, putstatic: ~16 bytes; ~4 bytes and a boxing call per argument
            int arguments = 4 + catalog.attributes().size();
            // a variant is one more object built in the initializer, with an argument per attribute
            int variantBytes = code.variants().size() * (10 + 6 * (2 + catalog.attributes().size()));
            int bytes = 16 + arguments * 6 + 8 + messages * 14 + variantBytes;
            // field, name-and-type, name, string constant; two entries per distinct text
            int poolEntries = 6 + 2 * (2 + messages * 2) + catalog.attributes().size() + 4 * code.variants().size();
            worstBytes = Math.max(worstBytes, bytes);
            worstPoolEntries = Math.max(worstPoolEntries, poolEntries);
        }
        int byBytes = BYTECODE_BUDGET / worstBytes;
        int byPool = CONSTANT_POOL_BUDGET / worstPoolEntries;
        return Math.max(1, Math.min(MAX_CONSTANTS, Math.min(byBytes, byPool)));
    }
}
