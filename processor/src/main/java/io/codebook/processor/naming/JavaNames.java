package io.codebook.processor.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Derives Java names from vendors' wire values and spec ids, deterministically: the same input
 * always gives the same name, whatever the JVM's locale.
 *
 * <p>A name is made of the words of its input. A word is a run of letters and digits of any
 * script; everything else separates words, and so does a change from lower to upper case
 * ({@code idType} is {@code id} and {@code Type}). Latin letters lose their accents
 * ({@code café} gives {@code CAFE}), since Java code is typed on Latin keyboards; letters of other
 * scripts are kept as they are ({@code ошибка} gives {@code ОШИБКА}), which Java allows, rather
 * than being guessed at by a transliteration.
 */
public final class JavaNames {

    private JavaNames() {}

    /**
     * An upper-case constant name: the words upper-cased and joined by {@code _}, with a leading
     * {@code _} when the first word starts with a digit. {@code invalid_idType} gives
     * {@code INVALID_ID_TYPE}, {@code 102} gives {@code _102}. Empty when the text has no letter or
     * digit at all.
     */
    public static Optional<String> constantName(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        return Optional.of(Character.isDigit(joined.codePointAt(0)) ? "_" + joined : joined);
    }

    /**
     * The plural of a lowerCamel name, as English writes it for the names outcomes take:
     * {@code warning} gives {@code warnings}, {@code technologyFailure} {@code technologyFailures},
     * {@code entry} {@code entries}, {@code match} {@code matches}.
     */
    public static String plural(String name) {
        if (name.matches(".*[^aeiou]y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (name.matches(".*(s|x|z|ch|sh)")) {
            return name + "es";
        }
        return name + "s";
    }

    /** An UpperCamel type name: {@code id-analyzer} gives {@code IdAnalyzer}. */
    public static String typeName(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : words(text)) {
            name.append(capitalize(word.toLowerCase(Locale.ROOT)));
        }
        return name.toString();
    }

    /**
     * A lowerCamel member name from a constant or type name: {@code DOCUMENT_EXPIRED} gives
     * {@code documentExpired}, {@code RequirementsNotMet} gives {@code requirementsNotMet}. Where
     * that is no usable method name (a keyword, a name starting with a digit, or one of
     * {@code unusable}), it is prefixed with {@code case}: {@code _1} gives {@code case1},
     * {@code CLASS} gives {@code caseClass}.
     */
    public static String memberName(String name, java.util.Set<String> unusable) {
        StringBuilder camel = new StringBuilder();
        for (String word : words(name)) {
            String lower = word.toLowerCase(Locale.ROOT);
            camel.append(camel.length() == 0 ? lower : capitalize(lower));
        }
        String result = camel.toString();
        if (result.isEmpty() || !isIdentifier(result) || unusable.contains(result)) {
            return "case" + capitalize(result);
        }
        return result;
    }

    /** Whether {@code name} can be used as a Java identifier in every Java version Codebook targets. */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !Reserved.RESTRICTED.contains(name);
    }

    /** Whether {@code name} is written as constants are: an identifier with no lower-case letter. */
    public static boolean isConstantStyle(String name) {
        return isIdentifier(name) && name.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Whether {@code name} has a letter or a digit, so names can be derived from it ({@code __} has none). */
    public static boolean hasWords(String name) {
        return !words(name).isEmpty();
    }

    /** Whether {@code name} is an UpperCamel type name: an identifier starting with an upper-case letter. */
    public static boolean isTypeStyle(String name) {
        return isIdentifier(name) && Character.isUpperCase(name.codePointAt(0));
    }

    /** The words of {@code text}, as the class comment defines them. */
    static List<String> words(String text) {
        String plain = withoutLatinAccents(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] points = plain.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (!Character.isLetterOrDigit(c) || !Character.isJavaIdentifierPart(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                int previous = word.codePointBefore(word.length());
                boolean nextIsLower = i + 1 < points.length && Character.isLowerCase(points[i + 1]);
                // idType -> id|Type; HTTPStatus -> HTTP|Status
                if (Character.isLowerCase(previous) || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    /**
     * Latin letters without their accents, and the Latin letters that have no decomposition written
     * as their usual ASCII spelling; letters of other scripts untouched.
     */
    private static String withoutLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK && base >= 0
                    && Character.UnicodeScript.of(base) == Character.UnicodeScript.LATIN) {
                continue;
            }
            base = c;
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("TH");
                default -> out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
