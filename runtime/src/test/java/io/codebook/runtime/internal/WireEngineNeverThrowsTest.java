package io.codebook.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.Verdict;
import io.codebook.runtime.internal.WireValues.Case;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Property test: no tree, however deep or oddly typed, makes the wire engine ({@link WirePointer},
 * {@link WireValues}) throw, and numbers never read as huge texts.
 *
 * <p>Each run builds trees with a seeded {@link Random}: nesting up to {@value #MAX_DEPTH} levels,
 * the keys vendors use holding values of every wrong type, huge strings, maps whose keys are not
 * strings ({@code TreeMap<Integer, Object>}, {@code null} keys), lists and maps holding
 * {@code null}, {@code NaN} and infinities, {@code BigDecimal("1e-100000")}, very long digit strings.
 * It walks each tree with pointers written at random and with pointers that follow the tree's own
 * paths (so deep values are reached), and checks that {@code all}, {@code first}, {@code bound},
 * {@code text}, {@code integer}, {@code bool}, {@code texts} and {@code present} never throw, that
 * their answers agree with each other, and that a number with at most a thousand digits never reads
 * as more than {@value #NUMBER_TEXT_LIMIT} characters (nor a longer one as more than its own digits).
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code codebook.property.trees}: how many trees to build (default {@value #DEFAULT_TREES},
 *       about two seconds), e.g.
 *       {@code mvn -o test -pl runtime -Dtest=WireEngineNeverThrowsTest -Dcodebook.property.trees=200000};</li>
 *   <li>{@code codebook.property.seed}: the seed of the first tree (default {@value #DEFAULT_SEED});
 *       tree {@code i} uses {@code seed + i}, and a failure names the seed of its tree, so
 *       {@code -Dcodebook.property.seed=<that seed> -Dcodebook.property.trees=1} replays it.</li>
 * </ul>
 */
class WireEngineNeverThrowsTest {

    private static final int DEFAULT_TREES = 600;
    private static final long DEFAULT_SEED = 6901L;
    private static final int MAX_DEPTH = 60;
    private static final int NUMBER_TEXT_LIMIT = 2000;

    /** Keys vendors send, and keys that look like pointer syntax, indexes or nothing at all. */
    private static final List<String> KEYS = List.of("retry", "retryCode", "retryMsg", "kycStatus", "retryCount",
            "data", "liveness_result", "face2face_result", "_result", "failure_reason", "type", "detail", "Items",
            "kyc", "commentCode", "comment", "identity_profile", "requirements_not_met_details", "failure_type",
            "details", "state", "result", "0", "1", "2", "01", "-1", "-", "", "a/b", "m~n", "~1", "*", "<tech>_result",
            "<>", "ключ", "\u0000", "x".repeat(3000));

    /** Texts a scalar may hold: documented-looking values, numbers and booleans written as text, oddities. */
    private static final List<String> TEXTS = List.of("incomplete", "approved", "CALC_RESULT", "Low overall prediction",
            "true", "false", "TRUE", "3", "-7", "3.0", "2147483647", "2147483648", "-2147483649", "007", "0x1F", "1e3",
            "NaN", "", " ", "١٢", "null", "i", "ß", "\uD800");

    /** What random texts are made of: letters, pointer syntax, digits, a NUL. */
    private static final String SYMBOLS = "ab_~/<>*0123456789é\u0000 ";

    private static final String HUGE_STRING = "x".repeat(200_000);
    private static final String HUGE_DIGITS = "9".repeat(100_000);
    private static final BigInteger LONG_INTEGER = new BigInteger("12345678901234567890".repeat(60));
    private static final BigDecimal LONG_DECIMAL = new BigDecimal(new BigInteger("12345678901234567890".repeat(250)), 2500);
    private static final BigDecimal TINY = new BigDecimal("1e-100000");
    private static final BigDecimal HUGE = new BigDecimal("1e100000");

    private static final double[] SPECIAL_DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 3.0, 2.50, 1e18, 1e19,
            1e-7, 0.1, 9007199254740993.0};

    private static final int[] EXTREME_SCALES = {Integer.MIN_VALUE, Integer.MAX_VALUE, -100_000, 100_000, -1001, 1001,
            -1000, 1000, -19, 19, 0};

    @Test
    void noTreeMakesTheWireEngineThrowAndNoNumberReadsAsAHugeText() {
        int trees = Integer.getInteger("codebook.property.trees", DEFAULT_TREES);
        long seed = Long.getLong("codebook.property.seed", DEFAULT_SEED);
        Reached reached = new Reached();
        for (int i = 0; i < trees; i++) {
            long treeSeed = seed + i;
            try {
                new Run(new Random(treeSeed), reached).check();
            } catch (RuntimeException | AssertionError | StackOverflowError failure) {
                throw new AssertionError("tree of seed " + treeSeed + " (replay with -Dcodebook.property.seed=" + treeSeed
                        + " -Dcodebook.property.trees=1): " + failure, failure);
            }
        }
        if (trees >= DEFAULT_TREES) { // else a replay: one tree need not reach everything
            assertTrue(reached.deep > 0 && reached.singleForList > 0 && reached.family > 0 && reached.nonStringKeyed > 0,
                    () -> "the trees walked were too tame: " + reached);
        }
    }

    /** What the pointers reached over a run, so that the property is not checked on tame trees only. */
    private static final class Reached {
        int deep;
        int singleForList;
        int family;
        int nonStringKeyed;

        @Override
        public String toString() {
            return deep + " values 40 or more steps and 20 or more wildcards deep, " + singleForList + " single values standing for a list, "
                    + family + " key family matches, " + nonStringKeyed + " trees with a map keyed by other than strings";
        }
    }

    @Test
    void theGeneratorReallyBuildsDeepOddTrees() {
        int deepest = 0;
        Set<Class<?>> kinds = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Run run = new Run(new Random(DEFAULT_SEED + i), new Reached());
            Object tree = run.tree();
            deepest = Math.max(deepest, depth(tree));
            for (Object node : nodes(tree)) {
                if (node != null) {
                    kinds.add(node.getClass());
                }
            }
        }
        assertTrue(deepest >= MAX_DEPTH - 5, "deepest tree: " + deepest);
        for (Class<?> kind : List.of(TreeMap.class, HashMap.class, LinkedHashMap.class, ArrayList.class, LinkedList.class,
                BigDecimal.class, BigInteger.class, Double.class, Float.class, String.class, Boolean.class)) {
            assertTrue(kinds.contains(kind), "no " + kind.getSimpleName() + " among " + kinds);
        }
    }

    @Test
    void aTreeNestedFarDeeperThanAnyPointerIsWalkedWithoutRecursingIntoIt() {
        Object tree = "bottom";
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            tree = i % 2 == 0 ? new ArrayList<>(List.of(tree)) : new LinkedHashMap<>(Map.of("data", tree));
        }
        for (int i = 0; i < 60; i++) {
            pointer.append(i % 2 == 0 ? "/data" : "/*");
        }
        WirePointer deep = WirePointer.parse(pointer.toString());
        List<WirePointer.Match> all = deep.all(tree, true);
        assertEquals(1, all.size());
        assertEquals(30, all.get(0).bindings().size());
        assertSame(all.get(0).value(), deep.bound(tree, all.get(0)));
        assertNull(WireValues.text(tree, true));
    }

    /** One tree and the pointers it is walked with. */
    private static final class Run {

        private final Random random;
        private final Reached reached;
        private final Map<Object, Integer> depths = new IdentityHashMap<>();
        private int captures;

        Run(Random random, Reached reached) {
            this.random = random;
            this.reached = reached;
        }

        void check() {
            Object tree = tree();
            List<WirePointer> pointers = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = i % 2 == 0 ? randomPointer() : pathOf(tree);
                texts.add(text);
                pointers.add(WirePointer.parse(text));
            }
            for (int i = 0; i < pointers.size(); i++) {
                checkPointer(tree, pointers.get(i), texts.get(i), pointers);
            }
            boolean nonStringKeyed = false;
            for (Object node : nodes(tree)) {
                checkValue(node);
                nonStringKeyed |= node instanceof Map<?, ?> map && map.keySet().stream().anyMatch(key -> !(key instanceof String));
            }
            reached.nonStringKeyed += nonStringKeyed ? 1 : 0;
            checkStrayMatches(tree, pointers);
        }

        private void checkPointer(Object tree, WirePointer pointer, String text, List<WirePointer> others) {
            int wildcards = wildcards(text);
            boolean distinctCaptures = distinctCaptures(text);
            List<WirePointer.Match> strict = pointer.all(tree, false);
            List<WirePointer.Match> loose = pointer.all(tree, true);
            for (boolean oneOrMany : new boolean[] {false, true}) {
                List<WirePointer.Match> all = oneOrMany ? loose : strict;
                Object first = pointer.first(tree, oneOrMany);
                assertTrue(all.isEmpty() ? first == null : first == all.get(0).value(), () -> text + ": first");
                for (WirePointer.Match match : all) {
                    assertTrue(match.value() != null, () -> text + ": a null value reached");
                    assertEquals(wildcards, match.bindings().size(), () -> text + ": bindings " + match.bindings());
                    for (Object binding : match.bindings()) {
                        assertTrue(binding instanceof Integer || binding instanceof String, () -> text + ": " + binding);
                        reached.singleForList += Integer.valueOf(-1).equals(binding) ? 1 : 0;
                        reached.family += binding instanceof String ? 1 : 0;
                    }
                    reached.deep += wildcards >= 20 && text.split("/", -1).length > 40 ? 1 : 0;
                    if (distinctCaptures) {
                        assertTrue(pointer.bound(tree, match) == match.value(), () -> text + ": not bound back to itself");
                    }
                    for (WirePointer other : others) {
                        other.bound(tree, match);
                    }
                    checkValue(match.value());
                }
                WireValues.texts(all, random.nextBoolean(), Case.values()[random.nextInt(3)]);
            }
            assertSubsequence(strict, loose, text);
        }

        /** Every value reached without {@code oneOrMany} is reached with it, in the same order. */
        private static void assertSubsequence(List<WirePointer.Match> strict, List<WirePointer.Match> loose, String text) {
            int j = 0;
            for (WirePointer.Match match : strict) {
                while (j < loose.size() && !(loose.get(j).value() == match.value()
                        && loose.get(j).bindings().equals(match.bindings()))) {
                    j++;
                }
                assertTrue(j < loose.size(), () -> text + ": " + match.bindings() + " reached only without oneOrMany");
                j++;
            }
        }

        /** Matches that no pointer made: bindings of the wrong kinds, missing or out of range. */
        private void checkStrayMatches(Object tree, List<WirePointer> pointers) {
            for (int i = 0; i < 5; i++) {
                List<Object> bindings = new ArrayList<>();
                int n = random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    bindings.add(switch (random.nextInt(6)) {
                        case 0 -> random.nextInt(4) - 1;
                        case 1 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                        case 2 -> pick(KEYS);
                        case 3 -> random.nextLong();
                        case 4 -> Optional.empty();
                        default -> List.of(1);
                    });
                }
                if (random.nextBoolean()) {
                    bindings.add(null);
                }
                Map<String, String> captured = new HashMap<>();
                captured.put("tech", pick(TEXTS));
                captured.put("c0", pick(KEYS));
                captured.put(null, "null name");
                WirePointer.Match stray = new WirePointer.Match(Objects.requireNonNullElse(leaf(), "x"), bindings, captured);
                for (WirePointer pointer : pointers) {
                    pointer.bound(tree, stray);
                }
            }
        }

        private void checkValue(Object value) {
            boolean emptyIsAbsent = random.nextBoolean();
            String text = WireValues.text(value, emptyIsAbsent);
            Case normalise = Case.values()[random.nextInt(3)];
            String normalised = WireValues.text(value, emptyIsAbsent, normalise);
            assertTrue((text == null) == (normalised == null), () -> normalise + " changed whether there is a text: " + describe(value));
            WireValues.present(value, emptyIsAbsent);
            if (value instanceof Number number && text != null) {
                int digits = digits(number);
                int limit = digits <= 1000 ? NUMBER_TEXT_LIMIT - 1 : digits + 30;
                assertTrue(text.length() <= limit, () -> text.length() + " characters for " + describe(value));
            }
            Integer integer = WireValues.integer(value);
            if (integer != null) {
                assertEquals(Integer.valueOf(WireValues.text(value, true)), integer, () -> describe(value));
            }
            Boolean bool = WireValues.bool(value);
            if (bool != null) {
                assertEquals(bool.toString(), WireValues.text(value, true), () -> describe(value));
            }
        }

        Object tree() {
            int depth = random.nextInt(4) == 0 ? MAX_DEPTH : random.nextInt(MAX_DEPTH + 1);
            return node(depth);
        }

        /** A value nested {@code depth} levels along one path, with shallow values beside it. */
        private Object node(int depth) {
            if (depth <= 0) {
                return leaf();
            }
            int size = 1 + random.nextInt(4);
            int spine = random.nextInt(size);
            List<Object> children = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                children.add(i == spine ? node(depth - 1) : node(Math.min(depth - 1, random.nextInt(3))));
            }
            return random.nextInt(5) < 3 ? map(children) : list(children);
        }

        /** An object; one in twenty is keyed by other than strings (which ends every path through it). */
        private Object map(List<Object> values) {
            int kind = random.nextInt(40);
            if (kind == 0) {
                Map<Integer, Object> byNumber = new TreeMap<>();
                for (Object value : values) {
                    byNumber.put(random.nextInt(5), value);
                }
                return byNumber;
            }
            if (kind == 1) {
                Map<Object, Object> mixed = new HashMap<>();
                for (Object value : values) {
                    mixed.put(switch (random.nextInt(5)) {
                        case 0 -> null;
                        case 1 -> random.nextInt(3);
                        case 2 -> List.of(pick(KEYS));
                        default -> pick(KEYS);
                    }, value);
                }
                return mixed;
            }
            boolean nullKeys = kind < 6;
            Map<String, Object> map = kind < 12 ? new HashMap<>() : kind < 16 ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER)
                    : new LinkedHashMap<>();
            for (Object value : values) {
                String key = random.nextInt(10) == 0 ? randomText() : pick(KEYS);
                map.put(nullKeys && random.nextInt(3) == 0 ? null : key, value);
            }
            if (kind >= 16 && kind < 20) {
                return Collections.unmodifiableMap(map);
            }
            if (kind >= 20 && kind < 24 && !map.containsValue(null)) {
                return Map.copyOf(map);
            }
            return map;
        }

        private Object list(List<Object> values) {
            List<Object> list = new ArrayList<>(values);
            if (random.nextInt(4) == 0) {
                list.add(random.nextInt(list.size() + 1), null);
            }
            return switch (random.nextInt(6)) {
                case 0 -> new LinkedList<>(list);
                case 1 -> Arrays.asList(list.toArray());
                case 2 -> Collections.unmodifiableList(list);
                case 3 -> list.contains(null) ? list : List.copyOf(list);
                default -> list;
            };
        }

        private Object leaf() {
            return switch (random.nextInt(16)) {
                case 0 -> null;
                case 1, 2 -> pick(TEXTS);
                case 3 -> randomText();
                case 4 -> random.nextInt(4) > 0 ? randomText() : random.nextBoolean() ? HUGE_STRING : HUGE_DIGITS;
                case 5 -> random.nextBoolean();
                case 6 -> (char) random.nextInt(Character.MAX_VALUE + 1);
                case 7 -> switch (random.nextInt(6)) {
                    case 0 -> new Object();
                    case 1 -> new int[] {1, 2};
                    case 2 -> Optional.of("x");
                    case 3 -> Verdict.APPROVED;
                    case 4 -> new HashSet<>(List.of("a"));
                    default -> new Object[] {"a", null};
                };
                case 8 -> Collections.emptyMap();
                case 9 -> Collections.emptyList();
                default -> number();
            };
        }

        private Number number() {
            Number number;
            switch (random.nextInt(19)) {
                case 0 -> number = random.nextInt();
                case 1 -> number = random.nextInt(2000) - 1000;
                case 2 -> number = random.nextLong();
                case 3 -> number = (short) random.nextInt();
                case 4 -> number = (byte) random.nextInt();
                case 5 -> number = random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
                case 6 -> number = Double.longBitsToDouble(random.nextLong());
                case 7 -> number = SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
                case 8 -> number = Float.intBitsToFloat(random.nextInt());
                case 9 -> number = random.nextFloat() * 1000;
                case 10 -> number = signed(new BigInteger(bits(), random));
                case 11 -> number = new BigDecimal(signed(new BigInteger(bits(), random)),
                        random.nextInt(4001) - 2000);
                case 12 -> number = new BigDecimal(BigInteger.valueOf(random.nextInt(1000) - 500),
                        EXTREME_SCALES[random.nextInt(EXTREME_SCALES.length)]);
                case 13 -> number = random.nextBoolean() ? TINY : HUGE;
                case 14 -> number = new BigDecimal(BigInteger.TEN.pow(random.nextInt(random.nextInt(20) == 0 ? 900 : 40))
                        .multiply(BigInteger.valueOf(random.nextInt(99) + 1)), random.nextInt(1200));
                case 15 -> number = random.nextInt(16) > 0 ? LONG_DECIMAL : LONG_INTEGER;
                case 16 -> number = random.nextBoolean() ? new AtomicInteger(random.nextInt()) : new AtomicLong(random.nextLong());
                case 17 -> number = new BigDecimal(Double.toString(random.nextGaussian() * 1e6));
                default -> number = (double) random.nextInt(1000);
            }
            return number;
        }

        /** How many bits a random big number has: mostly a few dozen digits, at times up to 900. */
        private int bits() {
            return 1 + random.nextInt(random.nextInt(32) == 0 ? 3000 : 200);
        }

        private BigInteger signed(BigInteger value) {
            return random.nextBoolean() ? value : value.negate();
        }

        private String randomText() {
            int length = random.nextInt(12);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            }
            return text.toString();
        }

        /** A pointer written at random: keys, indexes, wildcards, families and stray syntax. */
        private String randomPointer() {
            int steps = random.nextInt(10) == 0 ? random.nextInt(MAX_DEPTH + 10) : random.nextInt(7);
            if (steps == 0 && random.nextBoolean()) {
                return "";
            }
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < steps; i++) {
                pointer.append('/').append(switch (random.nextInt(8)) {
                    case 0, 1 -> "*";
                    case 2 -> family("", "_result");
                    case 3 -> family(pick(List.of("", "doc_", "a")), pick(List.of("", "_checks", "a")));
                    case 4 -> pick(List.of("0", "1", "01", "-", "-1", "99999999999", "2147483647", "~2", "~", "<", "<>"));
                    case 5 -> randomText();
                    default -> escape(pick(KEYS));
                });
            }
            return pointer.toString();
        }

        /**
         * A pointer that follows one of the tree's own paths, mostly its deepest, with some steps made
         * wildcards.
         */
        private String pathOf(Object tree) {
            StringBuilder pointer = new StringBuilder();
            Object at = tree;
            boolean deepest = random.nextInt(4) > 0;
            for (int steps = 0; steps < MAX_DEPTH + 5; steps++) {
                List<Object> keys = at instanceof Map<?, ?> map ? new ArrayList<>(map.keySet()) : new ArrayList<>();
                keys.removeIf(key -> !(key instanceof String) || key.equals("*")); // no pointer names them
                if (at instanceof Map<?, ?> map && !keys.isEmpty()) {
                    Object key = keys.get(random.nextInt(keys.size()));
                    if (deepest) {
                        for (Object other : keys) {
                            key = depthOf(map.get(other)) > depthOf(map.get(key)) ? other : key;
                        }
                    }
                    String name = String.valueOf(key);
                    pointer.append('/').append(random.nextInt(3) == 0 ? familyFor(name) : escape(name));
                    at = map.get(key);
                } else if (at instanceof List<?> list && !list.isEmpty()) {
                    int index = random.nextInt(list.size());
                    if (deepest) {
                        for (int other = 0; other < list.size(); other++) {
                            index = depthOf(list.get(other)) > depthOf(list.get(index)) ? other : index;
                        }
                    }
                    pointer.append('/').append(random.nextInt(4) == 0 ? String.valueOf(index) : "*");
                    at = list.get(index);
                } else {
                    if (random.nextInt(4) == 0) {
                        pointer.append("/*");
                    }
                    break;
                }
            }
            return pointer.toString();
        }

        /** How deep a value nests ({@code -1} for {@code null}), worked out once per value of the tree. */
        private int depthOf(Object node) {
            if (node == null) {
                return -1;
            }
            Integer known = depths.get(node);
            if (known == null) {
                int deepest = 0;
                for (Object child : children(node)) {
                    deepest = Math.max(deepest, depthOf(child) + 1);
                }
                known = deepest;
                depths.put(node, known);
            }
            return known;
        }

        /** A family the key belongs to where it can be written as one, else the key itself. */
        private String familyFor(String key) {
            boolean plain = key.chars().noneMatch(c -> c == '<' || c == '>' || c == '/' || c == '~') && !key.equals("*");
            if (!plain || key.isEmpty()) {
                return escape(key);
            }
            int start = random.nextInt(key.length());
            int end = start + 1 + random.nextInt(key.length() - start);
            return family(key.substring(0, start), key.substring(end));
        }

        private String family(String prefix, String suffix) {
            String name = random.nextInt(6) == 0 ? "tech" : "c" + captures++;
            return prefix + "<" + name + ">" + suffix;
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** How many wildcards a pointer written by {@link Run} has: each {@code *} and each family. */
    private static int wildcards(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String token : text.substring(1).split("/", -1)) {
            int open = token.indexOf('<');
            if (token.equals("*") || open >= 0 && token.indexOf('>', open) > open + 1) {
                count++;
            }
        }
        return count;
    }

    /** Whether no two families of a pointer capture under the same name (the processor refuses that). */
    private static boolean distinctCaptures(String text) {
        Set<String> names = new HashSet<>();
        if (text.isEmpty()) {
            return true;
        }
        for (String token : text.substring(1).split("/", -1)) {
            int open = token.indexOf('<');
            int close = open < 0 ? -1 : token.indexOf('>', open);
            if (close > open + 1 && !names.add(token.substring(open + 1, close))) {
                return false;
            }
        }
        return true;
    }

    /** How many digits a number has when written out in full (for a {@code BigDecimal}, without its exponent). */
    private static int digits(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.precision();
        }
        if (number instanceof BigInteger integer) {
            return (int) (integer.bitLength() * Math.log10(2)) + 1;
        }
        return 20;
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return value == null ? "null" : value.getClass().getSimpleName() + " "
                + (text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " characters)" : text);
    }

    private static Iterable<?> children(Object node) {
        return node instanceof Map<?, ?> map ? map.values() : node instanceof List<?> list ? list : List.of();
    }

    /** Every value of a tree, containers included, walked without recursion. */
    private static List<Object> nodes(Object tree) {
        List<Object> nodes = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        nodes.add(tree);
        if (tree != null) {
            pending.push(tree);
        }
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            for (Object child : children(node)) {
                nodes.add(child);
                if (child != null) {
                    pending.push(child);
                }
            }
        }
        return nodes;
    }

    private static int depth(Object tree) {
        int deepest = 0;
        Deque<Map.Entry<Object, Integer>> pending = new ArrayDeque<>();
        if (tree == null) {
            return -1;
        }
        pending.push(Map.entry(tree, 0));
        while (!pending.isEmpty()) {
            Map.Entry<Object, Integer> entry = pending.pop();
            deepest = Math.max(deepest, entry.getValue());
            Object node = entry.getKey();
            for (Object child : children(node)) {
                if (child != null) {
                    pending.push(Map.entry(child, entry.getValue() + 1));
                }
            }
        }
        return deepest;
    }
}
