package io.codebook.runtime.internal;

import static io.codebook.runtime.internal.Trees.arr;
import static io.codebook.runtime.internal.Trees.obj;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.internal.WireValues.Case;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireValuesTest {

    @Nested
    class Text {

        @Test
        void aStringIsReadExactlyAsSent() {
            for (String sent : List.of("incomplete", " padded ", "3.0", "007", "TRUE", "null", "Ünïcödé ✓", "a\nb")) {
                assertEquals(sent, WireValues.text(sent, false));
                assertEquals(sent, WireValues.text(sent, true));
            }
        }

        @Test
        void aBooleanReadsAsJsonWritesIt() {
            assertEquals("true", WireValues.text(Boolean.TRUE, true));
            assertEquals("false", WireValues.text(Boolean.FALSE, true));
        }

        @Test
        void aCharacterReadsAsItself() {
            assertEquals("A", WireValues.text('A', true));
        }

        @Test
        void anObjectAnArrayOrNothingHasNoText() {
            assertAll(
                    () -> assertNull(WireValues.text(null, false)),
                    () -> assertNull(WireValues.text(obj("code", "a"), false)),
                    () -> assertNull(WireValues.text(obj(), false)),
                    () -> assertNull(WireValues.text(arr("a"), false)),
                    () -> assertNull(WireValues.text(arr(), false)),
                    () -> assertNull(WireValues.text(new Object(), false)),
                    () -> assertNull(WireValues.text(new int[] {1}, false)));
        }

        @Test
        void anEmptyStringIsAbsentOnlyWhereTheSpecSaysSo() {
            assertEquals("", WireValues.text("", false));
            assertNull(WireValues.text("", true));
            assertEquals(" ", WireValues.text(" ", true), "only the empty string counts as absent");
        }

        @Test
        void wholeNumbersReadAsTheirDigits() {
            assertAll(
                    () -> assertEquals("3", WireValues.text(3, true)),
                    () -> assertEquals("-42", WireValues.text(-42L, true)),
                    () -> assertEquals("9223372036854775807", WireValues.text(Long.MAX_VALUE, true)),
                    () -> assertEquals("-9223372036854775808", WireValues.text(Long.MIN_VALUE, true)),
                    () -> assertEquals("7", WireValues.text((short) 7, true)),
                    () -> assertEquals("-8", WireValues.text((byte) -8, true)),
                    () -> assertEquals("0", WireValues.text(0, true)),
                    () -> assertEquals("123456789012345678901234567890",
                            WireValues.text(new BigInteger("123456789012345678901234567890"), true)));
        }

        @Test
        void gsonDoublesOfWholeNumbersReadWithoutAFraction() {
            assertAll(
                    () -> assertEquals("3", WireValues.text(3.0, true)),
                    () -> assertEquals("100", WireValues.text(100.0, true)),
                    () -> assertEquals("-7", WireValues.text(-7.0, true)),
                    () -> assertEquals("0", WireValues.text(0.0, true)),
                    () -> assertEquals("0", WireValues.text(-0.0, true)),
                    () -> assertEquals("10000000000", WireValues.text(1.0E10, true)),
                    () -> assertEquals("1000000000000000", WireValues.text(1.0E15, true)),
                    () -> assertEquals("999999999999999", WireValues.text(999999999999999.0, true)));
        }

        @Test
        void fractionsReadWithoutTrailingZerosInPlainNotation() {
            assertAll(
                    () -> assertEquals("2.5", WireValues.text(2.50, true)),
                    () -> assertEquals("0.1", WireValues.text(0.1, true)),
                    () -> assertEquals("-0.25", WireValues.text(-0.25, true)),
                    () -> assertEquals("0.0000001", WireValues.text(1.0E-7, true)),
                    () -> assertEquals("123.456", WireValues.text(123.456, true)),
                    () -> assertEquals("2.5", WireValues.text(new BigDecimal("2.50"), true)),
                    () -> assertEquals("2.5", WireValues.text(new BigDecimal("2.500000"), true)),
                    () -> assertEquals("0.001", WireValues.text(new BigDecimal("1E-3"), true)));
        }

        @Test
        void bigDecimalsOfWholeNumbersReadAsDigits() {
            assertAll(
                    () -> assertEquals("3", WireValues.text(new BigDecimal("3.0"), true)),
                    () -> assertEquals("0", WireValues.text(new BigDecimal("0.000"), true)),
                    () -> assertEquals("1000", WireValues.text(new BigDecimal("1E+3"), true)),
                    () -> assertEquals("-1000", WireValues.text(new BigDecimal("-1E+3"), true)),
                    () -> assertEquals("120", WireValues.text(new BigDecimal("12E1"), true)),
                    () -> assertEquals("42", WireValues.text(new BigDecimal("42"), true)));
        }

        @Test
        void aFloatReadsAsJsonWritesIt() {
            assertEquals("0.1", WireValues.text(0.1f, true));
            assertEquals("3", WireValues.text(3.0f, true));
            assertEquals("2.5", WireValues.text(2.5f, true));
        }

        @Test
        void otherNumberTypesReadByTheirValue() {
            assertEquals("12", WireValues.text(new AtomicInteger(12), true));
            assertEquals("-5", WireValues.text(new AtomicLong(-5), true));
        }

        @Test
        void notANumberAndInfinityReadAsJavaWritesThem() {
            assertEquals("NaN", WireValues.text(Double.NaN, true));
            assertEquals("Infinity", WireValues.text(Double.POSITIVE_INFINITY, true));
            assertEquals("-Infinity", WireValues.text(Double.NEGATIVE_INFINITY, true));
            assertEquals("NaN", WireValues.text(Float.NaN, true));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e999", "-1e999", "1e-999", "1e1001", "1e-1001", "1e-100000", "1e100000", "1e2147483647",
                "1e-2147483647", "123456789e-5000", "1.5e19", "-9.99e300", "4.9e-324", "1.7976931348623157e308"})
        void hugeAndTinyNumbersReadAsShortTextOfTheSameValue(String sent) {
            BigDecimal decimal = new BigDecimal(sent);
            String text = WireValues.text(decimal, true);
            assertTrue(text.length() < 1100, () -> text.length() + " characters for " + sent);
            assertEquals(0, new BigDecimal(text).compareTo(decimal), text);
        }

        @Test
        void extremeDoublesReadAsShortTextOfTheSameValue() {
            for (double d : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e300,
                    1e-300, 1.0E19, 1.2345678901234567E-200}) {
                String text = WireValues.text(d, true);
                assertTrue(text.length() < 400, () -> text.length() + " characters for " + d);
                assertEquals(d, new BigDecimal(text).doubleValue(), text);
            }
        }

        @Test
        void aNumberBeyondAQuadrillionStaysInScientificNotation() {
            assertEquals("1000000000000000", WireValues.text(new BigDecimal("1e15"), true));
            assertEquals("1E+16", WireValues.text(new BigDecimal("1e16"), true));
            assertEquals("1000000000000000.5", WireValues.text(new BigDecimal("1000000000000000.5"), true));
            assertEquals("1E+999", WireValues.text(new BigDecimal("1e999"), true));
            assertEquals("1.5E+19", WireValues.text(new BigDecimal("1.5e19"), true));
            assertEquals("1E-100000", WireValues.text(new BigDecimal("1e-100000"), true));
        }

        @Test
        void aVeryLongIntegerReadsAsItsDigits() {
            String digits = "9".repeat(5000);
            assertEquals(digits, WireValues.text(new BigInteger(digits), true));
        }

        @Test
        void aNumberOfAHundredThousandDigitsIsReadWithoutStalling() {
            // stripping trailing zeros one digit at a time is quadratic: seconds for such a number
            BigDecimal sent = new BigDecimal("1" + "0".repeat(100_000) + ".0");
            String text = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> WireValues.text(sent, true));
            assertEquals(0, new BigDecimal(text).compareTo(sent));
            assertNull(assertTimeoutPreemptively(Duration.ofSeconds(3), () -> WireValues.integer(sent)));
        }
    }

    @Nested
    class Normalising {

        @Test
        void exactLeavesTheTextAsSent() {
            assertEquals("Incomplete", WireValues.text("Incomplete", true, Case.EXACT));
        }

        @Test
        void upperAndLowerChangeOnlyTheCase() {
            assertEquals("INCOMPLETE", WireValues.text("inComplete", true, Case.UPPER));
            assertEquals("incomplete", WireValues.text("inComplete", true, Case.LOWER));
            assertEquals("TRUE", WireValues.text(true, true, Case.UPPER));
            assertEquals("3", WireValues.text(3.0, true, Case.UPPER));
        }

        @Test
        void caseIsChangedTheSameWayWhateverTheDefaultLocale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertEquals("FAILED_LIVENESS", WireValues.text("failed_liveness", true, Case.UPPER));
                assertEquals("identity", WireValues.text("IDENTITY", true, Case.LOWER));
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void nothingStaysNothing() {
            for (Case normalise : Case.values()) {
                assertNull(WireValues.text(null, false, normalise));
                assertNull(WireValues.text(obj(), false, normalise));
                assertNull(WireValues.text("", true, normalise));
                assertEquals("", WireValues.text("", false, normalise));
            }
        }
    }

    @Nested
    class Integers {

        @Test
        void aWholeNumberIsReadWhateverItsJavaType() {
            assertAll(
                    () -> assertEquals(3, WireValues.integer(3)),
                    () -> assertEquals(3, WireValues.integer(3L)),
                    () -> assertEquals(3, WireValues.integer(3.0)),
                    () -> assertEquals(3, WireValues.integer(3.0f)),
                    () -> assertEquals(3, WireValues.integer(new BigDecimal("3.00"))),
                    () -> assertEquals(3, WireValues.integer(BigInteger.valueOf(3))),
                    () -> assertEquals(-12, WireValues.integer((short) -12)),
                    () -> assertEquals(1000, WireValues.integer(new BigDecimal("1E+3"))));
        }

        @Test
        void digitsSentAsTextAreAWholeNumber() {
            assertEquals(3, WireValues.integer("3"));
            assertEquals(-3, WireValues.integer("-3"));
            assertEquals(7, WireValues.integer("007"));
        }

        @Test
        void theLimitsOfAnIntAreRead() {
            assertEquals(Integer.MAX_VALUE, WireValues.integer("2147483647"));
            assertEquals(Integer.MIN_VALUE, WireValues.integer("-2147483648"));
            assertEquals(Integer.MAX_VALUE, WireValues.integer((long) Integer.MAX_VALUE));
            assertEquals(Integer.MIN_VALUE, WireValues.integer(-2147483648.0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "3.5", "3.0", "1e3", " 3", "3 ", "three", "0x1F", "2147483648", "-2147483649",
                "99999999999999999999999", "NaN", "true", "--1", "1-"})
        void textThatIsNoWholeIntIsNotAnInteger(String sent) {
            assertNull(WireValues.integer(sent));
        }

        @Test
        void numbersThatAreNoWholeIntAreNotAnInteger() {
            assertAll(
                    () -> assertNull(WireValues.integer(3.5)),
                    () -> assertNull(WireValues.integer(2147483648L)),
                    () -> assertNull(WireValues.integer(Long.MAX_VALUE)),
                    () -> assertNull(WireValues.integer(1e10)),
                    () -> assertNull(WireValues.integer(Double.NaN)),
                    () -> assertNull(WireValues.integer(Double.POSITIVE_INFINITY)),
                    () -> assertNull(WireValues.integer(new BigDecimal("1e-100000"))),
                    () -> assertNull(WireValues.integer(new BigDecimal("1e100000"))),
                    () -> assertNull(WireValues.integer(new BigInteger("9".repeat(500)))));
        }

        @Test
        void whatIsNoScalarIsNotAnInteger() {
            assertNull(WireValues.integer(null));
            assertNull(WireValues.integer(true));
            assertNull(WireValues.integer(obj("retryCount", 3)));
            assertNull(WireValues.integer(arr(3)));
        }
    }

    @Nested
    class Booleans {

        @Test
        void aBooleanIsReadAsSent() {
            assertEquals(Boolean.TRUE, WireValues.bool(true));
            assertEquals(Boolean.FALSE, WireValues.bool(false));
        }

        @Test
        void theTextTrueOrFalseIsABoolean() {
            assertEquals(Boolean.TRUE, WireValues.bool("true"));
            assertEquals(Boolean.FALSE, WireValues.bool("false"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "TRUE", "False", "yes", "no", "1", "0", " true", "true ", "t"})
        void otherTextIsNoBoolean(String sent) {
            assertNull(WireValues.bool(sent));
        }

        @Test
        void numbersObjectsAndNothingAreNoBoolean() {
            assertNull(WireValues.bool(null));
            assertNull(WireValues.bool(1));
            assertNull(WireValues.bool(0));
            assertNull(WireValues.bool(obj("requirements_met", true)));
            assertNull(WireValues.bool(arr(true)));
        }
    }

    @Nested
    class Texts {

        @Test
        void everyScalarMatchIsReadInOrderAndTheRestSkipped() {
            Map<String, Object> body = obj("codes", arr("a", obj("nested", "x"), 3.0, "", true, arr("y"), "b", null));
            List<WirePointer.Match> matches = WirePointer.parse("/codes/*").all(body, false);
            assertEquals(List.of("a", "3", "", "true", "b"), WireValues.texts(matches, false, Case.EXACT));
            assertEquals(List.of("A", "3", "TRUE", "B"), WireValues.texts(matches, true, Case.UPPER));
        }

        @Test
        void noMatchesReadNoTexts() {
            assertEquals(List.of(), WireValues.texts(List.of(), true, Case.EXACT));
        }
    }

    @Nested
    class Lists {

        private final Map<String, Object> body = obj("codes", arr("a", obj("nested", "x"), 3.0, "", true, arr("y"), "7", null,
                "false", 2.5));

        private List<WirePointer.Match> codes() {
            return WirePointer.parse("/codes/*").all(body, false);
        }

        @Test
        void scalarsKeepTheMatchesThatHaveATextWithTheirBindings() {
            List<WirePointer.Match> scalars = WireValues.scalars(codes(), false);
            assertEquals(List.of("a", 3.0, "", true, "7", "false", 2.5), scalars.stream().map(WirePointer.Match::value).toList());
            assertEquals(List.of(0, 2, 3, 4, 6, 8, 9), scalars.stream().map(m -> m.bindings().get(0)).toList());
        }

        @Test
        void scalarsSkipTheEmptyStringWhereItIsAbsent() {
            List<WirePointer.Match> scalars = WireValues.scalars(codes(), true);
            assertEquals(List.of(0, 2, 4, 6, 8, 9), scalars.stream().map(m -> m.bindings().get(0)).toList());
        }

        @Test
        void integersKeepTheWholeNumbersInOrder() {
            assertEquals(List.of(3, 7), WireValues.integers(codes()));
        }

        @Test
        void boolsKeepTheBooleansInOrder() {
            assertEquals(List.of(true, false), WireValues.bools(codes()));
        }

        @Test
        void noMatchesGiveEmptyLists() {
            assertEquals(List.of(), WireValues.scalars(List.of(), true));
            assertEquals(List.of(), WireValues.integers(List.of()));
            assertEquals(List.of(), WireValues.bools(List.of()));
        }

        @Test
        void onlyOneIsTheSingleCandidateThatFits() {
            List<String> steps = List.of("document", "selfie", "address");
            assertEquals("selfie", WireValues.onlyOne(steps, step -> step.startsWith("s")));
        }

        @Test
        void onlyOneIsNothingWhenNoneOrSeveralFit() {
            List<String> steps = List.of("document", "selfie", "address");
            assertNull(WireValues.onlyOne(steps, step -> step.startsWith("x")));
            assertNull(WireValues.onlyOne(steps, step -> step.contains("d")));
            assertNull(WireValues.onlyOne(List.<String>of(), step -> true));
        }

        @Test
        void onlyOneCountsEqualCandidatesAsSeveral() {
            assertNull(WireValues.onlyOne(List.of("selfie", "selfie"), step -> step.equals("selfie")));
        }
    }

    @Nested
    class OneOf {

        @Test
        void aTextIsOneOfTheValuesItEquals() {
            assertTrue(WireValues.oneOf("ABORTED", "DONE", "ABORTED"));
            assertTrue(WireValues.oneOf("", ""));
        }

        @Test
        void matchingIsExact() {
            assertFalse(WireValues.oneOf("aborted", "DONE", "ABORTED"));
            assertFalse(WireValues.oneOf("ABORTED ", "ABORTED"));
        }

        @Test
        void noTextIsOneOfNothing() {
            assertFalse(WireValues.oneOf(null, "DONE", "ABORTED"));
            assertFalse(WireValues.oneOf(null));
            assertFalse(WireValues.oneOf("DONE"));
        }
    }

    @Nested
    class Presence {

        @Test
        void aValueIsPresentUnlessMissingOrNull() {
            assertFalse(WireValues.present(null, false));
            assertFalse(WireValues.present(null, true));
            assertTrue(WireValues.present("incomplete", true));
            assertTrue(WireValues.present(0, true));
            assertTrue(WireValues.present(false, true));
            assertTrue(WireValues.present(obj(), true));
            assertTrue(WireValues.present(arr(), true));
        }

        @Test
        void anEmptyStringIsAbsentOnlyWhereTheSpecSaysSo() {
            assertTrue(WireValues.present("", false));
            assertFalse(WireValues.present("", true));
            assertTrue(WireValues.present(" ", true));
        }
    }

    @Nested
    class Put {

        @Test
        void aTextIsPutUnderItsName() {
            Map<String, String> details = new LinkedHashMap<>();
            WireValues.put(details, "message", "Low overall prediction");
            WireValues.put(details, "code", "");
            assertEquals(Map.of("message", "Low overall prediction", "code", ""), details);
        }

        @Test
        void noTextPutsNothingAndKeepsWhatWasThere() {
            Map<String, String> details = new HashMap<>();
            WireValues.put(details, "message", null);
            assertEquals(Map.of(), details);
            details.put("message", "earlier");
            WireValues.put(details, "message", null);
            assertEquals(Map.of("message", "earlier"), details);
        }

        @Test
        void aNumberIsPutInDecimalAndNoneIsNot() {
            Map<String, String> sent = new LinkedHashMap<>();
            WireValues.putNumber(sent, "step", 2);
            WireValues.putNumber(sent, "attempt", null);
            assertEquals(Map.of("step", "2"), sent);
        }
    }
}
