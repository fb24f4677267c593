package io.codebook.processor.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Derives Java names from vendors' wire values and spec ids, deterministically: the same input
 * always gives the same name, whatever the JVM's locale.
 */
public final class JavaNames {

    /**
     * Accessor names every generated code type already has (from {@code CatalogCode}, {@link Enum}
     * or {@link Object}); an attribute may not take one.
     */
    static final Set<String> RESERVED_ACCESSORS = Set.of(
            "code", "name", "group", "description", "messages", "catalog", "ordinal", "values", "valueOf",
            "toString", "hashCode", "equals", "getClass", "compareTo", "getDeclaringClass", "describeConstable",
            "wait", "notify", "notifyAll", "finalize", "clone", "fromCode", "fromKey", "key");

    private JavaNames() {}

    /**
     * An upper-case constant name from a wire value: words split at every character that is not an
     * ASCII letter or digit and at lower-to-upper case changes, upper-cased and joined by {@code _}.
     * {@code invalid_idType} gives {@code INVALID_ID_TYPE}. Empty when the value has no letters or
     * digits at all.
     */
    public static Optional<String> constantName(String wire) {
        List<String> words = words(wire);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        return Optional.of(Character.isDigit(joined.charAt(0)) ? "_" + joined : joined);
    }

    /**
     * Method names a handler interface cannot use: {@link Object}'s, and those the generated
     * helpers define themselves.
     */
    static final Set<String> RESERVED_CASE_NAMES = Set.of(
            "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait",
            "otherwise", "unknown", "match");

    /**
     * The name of a constant's method in a generated handler interface: lowerCamel of the constant
     * ({@code DOCUMENT_EXPIRED} gives {@code documentExpired}), prefixed with {@code case} where
     * that would not be a usable method name ({@code _1} gives {@code case1}).
     */
    public static String caseName(String constant) {
        List<String> words = words(constant);
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            name.append(name.length() == 0 ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
        String result = name.toString();
        if (result.isEmpty() || !isIdentifier(result) || RESERVED_CASE_NAMES.contains(result)) {
            return "case" + (result.isEmpty() ? "" : result.substring(0, 1).toUpperCase(Locale.ROOT) + result.substring(1));
        }
        return result;
    }

    /** Joins name fragments of a composite key into one constant name. */
    public static String joinConstant(List<String> fragments) {
        String joined = String.join("_", fragments);
        return !joined.isEmpty() && Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }

    /** An UpperCamel type name from a spec id: {@code id-analyzer} gives {@code IdAnalyzer}. */
    public static String typeName(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : words(id)) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** Whether {@code name} can be used as a Java identifier in every Java version we target. */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !name.equals("_");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                char previous = word.charAt(word.length() - 1);
                boolean nextIsLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
                // idType -> id|Type; HTTPStatus -> HTTP|Status
                if (Character.isLowerCase(previous) || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
