package io.codebook.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Used by generated code; not an API of its own, and it may change in any release (it is public only
 * because generated code lives in its users' packages).
 *
 * <p>Reads scalar values out of the plain tree any JSON library produces, as a catalog spec declares
 * them: text exactly as sent (a number as it would be written in JSON, so Gson's {@code 3.0} for the
 * integer {@code 3} reads {@code "3"}; a boolean as {@code true}/{@code false}), nothing for an object,
 * an array or {@code null}, and, where the spec says so, nothing for {@code ""}. Never throws.
 */
public final class WireValues {

    /** How a spec normalises a value before it is matched. */
    public enum Case {
        EXACT, UPPER, LOWER
    }

    private WireValues() {}

    /** The value as text; {@code null} for no scalar (or {@code ""} when {@code emptyIsAbsent}). */
    public static String text(Object value, boolean emptyIsAbsent) {
        String text;
        if (value instanceof String string) {
            text = string;
        } else if (value instanceof Boolean bool) {
            text = bool.toString();
        } else if (value instanceof Number number) {
            text = number(number);
        } else if (value instanceof Character character) {
            text = character.toString();
        } else {
            return null;
        }
        return emptyIsAbsent && text.isEmpty() ? null : text;
    }

    /** {@link #text} normalised as the spec says; {@code null} stays {@code null}. */
    public static String text(Object value, boolean emptyIsAbsent, Case normalise) {
        String text = text(value, emptyIsAbsent);
        if (text == null) {
            return null;
        }
        return switch (normalise) {
            case EXACT -> text;
            case UPPER -> text.toUpperCase(Locale.ROOT);
            case LOWER -> text.toLowerCase(Locale.ROOT);
        };
    }

    /** The value as a whole number that fits an {@code int}, written as a number or as digits; else {@code null}. */
    public static Integer integer(Object value) {
        String text = text(value, true);
        if (text == null || text.length() > 11) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notAnInteger) {
            return null;
        }
    }

    /** The value as a boolean, sent as one or as the text {@code true}/{@code false}; else {@code null}. */
    public static Boolean bool(Object value) {
        String text = text(value, true);
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }

    /** The text of every match, skipping those that are not scalars. */
    public static List<String> texts(List<WirePointer.Match> matches, boolean emptyIsAbsent, Case normalise) {
        List<String> texts = new ArrayList<>(matches.size());
        for (WirePointer.Match match : matches) {
            String text = text(match.value(), emptyIsAbsent, normalise);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The matches whose value is a text ({@link #text} not {@code null}), in order: the codes of a list. */
    public static List<WirePointer.Match> scalars(List<WirePointer.Match> matches, boolean emptyIsAbsent) {
        List<WirePointer.Match> scalars = new ArrayList<>(matches.size());
        for (WirePointer.Match match : matches) {
            if (text(match.value(), emptyIsAbsent) != null) {
                scalars.add(match);
            }
        }
        return scalars;
    }

    /** The whole number of every match that is one, in order. */
    public static List<Integer> integers(List<WirePointer.Match> matches) {
        List<Integer> integers = new ArrayList<>(matches.size());
        for (WirePointer.Match match : matches) {
            Integer integer = integer(match.value());
            if (integer != null) {
                integers.add(integer);
            }
        }
        return integers;
    }

    /** The boolean of every match that is one, in order. */
    public static List<Boolean> bools(List<WirePointer.Match> matches) {
        List<Boolean> bools = new ArrayList<>(matches.size());
        for (WirePointer.Match match : matches) {
            Boolean bool = bool(match.value());
            if (bool != null) {
                bools.add(bool);
            }
        }
        return bools;
    }

    /**
     * The one candidate that {@code fits}, or {@code null} when none or several do: a key part the
     * body does not carry (ARGOS's step), found from the codes the body does carry.
     */
    public static <T> T onlyOne(List<T> candidates, java.util.function.Predicate<T> fits) {
        T found = null;
        for (T candidate : candidates) {
            if (fits.test(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** Whether {@code text} is one of {@code values}; never for {@code null}. */
    public static boolean oneOf(String text, String... values) {
        if (text == null) {
            return false;
        }
        for (String value : values) {
            if (value.equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value is there: not missing, not {@code null}, and not {@code ""} when that counts as absent. */
    public static boolean present(Object value, boolean emptyIsAbsent) {
        return value != null && !(emptyIsAbsent && "".equals(value));
    }

    /** Puts {@code name: text} when there is a text. */
    public static void put(Map<String, String> values, String name, String text) {
        if (text != null) {
            values.put(name, text);
        }
    }

    /** Puts {@code name:} the number in decimal when there is one (a key part such as ARGOS's step). */
    public static void putNumber(Map<String, String> values, String name, Integer number) {
        if (number != null) {
            values.put(name, number.toString());
        }
    }

    /** A number as JSON writes it: integral values without a fraction, others in plain notation. */
    private static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return number.toString();
            }
            decimal = new BigDecimal(number instanceof Float ? number.toString() : Double.toString(d)); // 0.1f is 0.1
        }
        if (decimal.scale() > 1000 || decimal.scale() < -1000) {
            return decimal.toString(); // written out in full it could be a huge string
        }
        if (decimal.precision() > 1000) {
            return decimal.toString(); // stripping its zeros one at a time would take quadratic time
        }
        if (decimal.scale() > 0) {
            decimal = decimal.stripTrailingZeros();
        }
        if (decimal.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
            return decimal.toString(); // a huge number stays in scientific notation rather than a huge string
        }
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
