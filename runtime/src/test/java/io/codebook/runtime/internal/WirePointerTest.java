package io.codebook.runtime.internal;

import static io.codebook.runtime.internal.Trees.arr;
import static io.codebook.runtime.internal.Trees.obj;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WirePointerTest {

    /** An ARGOS step-retry body: parallel arrays of codes and messages under {@code retry}. */
    private static Map<String, Object> argos() {
        return obj("retry", arr(obj("retryCode", "a", "retryMsg", "m")), "kycStatus", "incomplete", "retryCount", 3);
    }

    /** A Biometric.Vision body: one result per technology, in keys of the form {@code <tech>_result}. */
    private static Map<String, Object> biometricVision() {
        return obj("data", obj(
                "liveness_result", obj("failure_reason", obj("type", "CALC_RESULT", "detail", "Low overall prediction")),
                "face2face_result", obj("failure_reason", null)));
    }

    /** A Yoti session whose {@code requirements_not_met_details} is an array, as its docs show it. */
    private static Map<String, Object> yotiWithArray() {
        return obj("state", "COMPLETED", "identity_profile", obj("result", "ABORTED", "failure_reason", obj(
                "reason_code", "MANDATORY_DOCUMENT_NOT_PROVIDED",
                "requirements_not_met_details", arr(
                        obj("failure_type", "ID_DOCUMENT_EXTRACTION", "details", "NAME_MISMATCH"),
                        obj("failure_type", "ID_DOCUMENT_AUTHENTICITY", "details", "UNABLE_TO_VALIDATE_DOCUMENT")))));
    }

    /** The same Yoti session with a single object where the docs show a list. */
    private static Map<String, Object> yotiWithObject() {
        return obj("state", "COMPLETED", "identity_profile", obj("result", "ABORTED", "failure_reason", obj(
                "reason_code", "MISSING_LIVENESS",
                "requirements_not_met_details", obj("failure_type", "LIVENESS", "details", "USER_FAILED_LIVENESS"))));
    }

    /** A body with two levels of parallel arrays: codes and comments per item. */
    private static Map<String, Object> items() {
        return obj("Items", arr(
                obj("kyc", obj("commentCode", arr("C1", "C2"), "comment", arr("first", "second"))),
                obj("kyc", obj("commentCode", arr("C3", "C4"), "comment", arr("only one")))));
    }

    private static List<Object> values(List<WirePointer.Match> matches) {
        List<Object> values = new ArrayList<>();
        for (WirePointer.Match match : matches) {
            values.add(match.value());
        }
        return values;
    }

    private static List<List<Object>> bindings(List<WirePointer.Match> matches) {
        List<List<Object>> bindings = new ArrayList<>();
        for (WirePointer.Match match : matches) {
            bindings.add(match.bindings());
        }
        return bindings;
    }

    @Nested
    class Parsing {

        @Test
        void theEmptyPointerIsTheWholeValue() {
            Map<String, Object> body = argos();
            List<WirePointer.Match> all = WirePointer.parse("").all(body, false);
            assertEquals(1, all.size());
            assertSame(body, all.get(0).value());
            assertEquals(List.of(), all.get(0).bindings());
            assertEquals(Map.of(), all.get(0).captures());
        }

        @Test
        void theEmptyPointerReachesNothingInAMissingBody() {
            assertEquals(List.of(), WirePointer.parse("").all(null, true));
            assertNull(WirePointer.parse("").first(null, true));
        }

        @ParameterizedTest
        @ValueSource(strings = {"retry", "retry/0", "*", "<tech>_result", " /retry", "#/retry"})
        void aPointerThatDoesNotStartWithASlashIsRefused(String text) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WirePointer.parse(text));
            assertTrue(refused.getMessage().contains(text), refused.getMessage());
        }

        @Test
        void aPointerIsWrittenBackAsItWasGiven() {
            for (String text : List.of("", "/", "/retry/*/retryCode", "/data/<tech>_result/failure_reason/type", "/a~1b/m~0n")) {
                assertEquals(text, WirePointer.parse(text).toString());
            }
        }

        @Test
        void aLoneSlashIsTheMemberWithTheEmptyName() {
            assertEquals("empty", WirePointer.parse("/").first(obj("", "empty", "x", "other"), false));
            assertNull(WirePointer.parse("/").first(obj("x", "other"), false));
        }

        @Test
        void anEmptyTokenBetweenSlashesIsTheMemberWithTheEmptyName() {
            Map<String, Object> body = obj("a", obj("", obj("b", "deep")));
            assertEquals("deep", WirePointer.parse("/a//b").first(body, false));
            assertEquals(obj("b", "deep"), WirePointer.parse("/a/").first(body, false));
        }

        @Test
        void tildeOneIsASlashAndTildeZeroIsATilde() {
            Map<String, Object> body = obj("a/b", 1, "m~n", 8, "~1", "tilde-one", "/0", "slash-zero", "~", "tilde");
            assertAll(
                    () -> assertEquals(1, WirePointer.parse("/a~1b").first(body, false)),
                    () -> assertEquals(8, WirePointer.parse("/m~0n").first(body, false)),
                    () -> assertEquals("tilde", WirePointer.parse("/~0").first(body, false)),
                    // RFC 6901: ~1 is undone before ~0, so ~01 is a literal ~1 and never a slash
                    () -> assertEquals("tilde-one", WirePointer.parse("/~01").first(body, false)),
                    () -> assertEquals("slash-zero", WirePointer.parse("/~10").first(body, false)));
        }

        @Test
        void aSlashInsideAKeyIsNotAStep() {
            Map<String, Object> body = obj("a/b", "escaped", "a", obj("b", "nested"));
            assertEquals("escaped", WirePointer.parse("/a~1b").first(body, false));
            assertEquals("nested", WirePointer.parse("/a/b").first(body, false));
        }

        @Test
        void anAsteriskWithinANameIsAPlainKey() {
            Map<String, Object> body = obj("a*", "star-key", "*x", "other", "list", arr("e"));
            assertEquals("star-key", WirePointer.parse("/a*").first(body, false));
            assertEquals("other", WirePointer.parse("/*x").first(body, false));
        }

        @Test
        void angleBracketsWithNothingBetweenThemAreAPlainKey() {
            Map<String, Object> body = obj("<>", "brackets", "x_result", "family", "a<b", "open only", "a>b", "close only");
            assertEquals(List.of("brackets"), values(WirePointer.parse("/<>").all(body, false)));
            assertEquals(List.of("open only"), values(WirePointer.parse("/a<b").all(body, false)));
            assertEquals(List.of("close only"), values(WirePointer.parse("/a>b").all(body, false)));
        }
    }

    @Nested
    class Keys {

        @Test
        void aPointerWithoutWildcardsReachesOneValueAndBindsNothing() {
            List<WirePointer.Match> all = WirePointer.parse("/kycStatus").all(argos(), false);
            assertEquals(1, all.size());
            assertEquals("incomplete", all.get(0).value());
            assertEquals(List.of(), all.get(0).bindings());
            assertEquals(Map.of(), all.get(0).captures());
        }

        @Test
        void numbersAndBooleansAreReachedAsTheJsonLibraryGaveThem() {
            Map<String, Object> body = obj("retryCount", 3, "gson", 3.0, "done", false, "zero", 0, "empty", "");
            assertEquals(3, WirePointer.parse("/retryCount").first(body, false));
            assertEquals(3.0, WirePointer.parse("/gson").first(body, false));
            assertEquals(false, WirePointer.parse("/done").first(body, false));
            assertEquals(0, WirePointer.parse("/zero").first(body, false));
            assertEquals("", WirePointer.parse("/empty").first(body, false));
        }

        @Test
        void aMissingMemberReachesNothing() {
            assertEquals(List.of(), WirePointer.parse("/status").all(argos(), true));
            assertEquals(List.of(), WirePointer.parse("/retry/0/missing").all(argos(), true));
            assertNull(WirePointer.parse("/status").first(argos(), true));
        }

        @Test
        void aNullValueIsNotReached() {
            Map<String, Object> body = obj("kycStatus", null, "data", obj("face2face_result", obj("failure_reason", null)));
            assertEquals(List.of(), WirePointer.parse("/kycStatus").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/data/face2face_result/failure_reason").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/data/face2face_result/failure_reason/type").all(body, true));
        }

        @Test
        void aKeyPastAScalarReachesNothing() {
            Map<String, Object> body = argos();
            assertEquals(List.of(), WirePointer.parse("/kycStatus/0").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/retryCount/value").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/kycStatus/*").all(body, false));
        }

        @Test
        void aKeyThatIsAnIndexPicksAnArrayElement() {
            Map<String, Object> body = obj("retry", arr(obj("retryCode", "a"), obj("retryCode", "b")));
            assertEquals("a", WirePointer.parse("/retry/0/retryCode").first(body, false));
            assertEquals("b", WirePointer.parse("/retry/1/retryCode").first(body, false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/retry/2", "/retry/01", "/retry/00", "/retry/-", "/retry/-1", "/retry/+1", "/retry/1.0",
                "/retry/ 1", "/retry/retryCode", "/retry/", "/retry/2147483648", "/retry/99999999999999999999"})
        void aKeyThatIsNoIndexOfTheArrayReachesNothing(String pointer) {
            Map<String, Object> body = obj("retry", arr(obj("retryCode", "a"), obj("retryCode", "b")));
            assertEquals(List.of(), WirePointer.parse(pointer).all(body, true));
        }

        @Test
        void anIndexIsAPlainKeyInAnObject() {
            Map<String, Object> body = obj("retry", obj("0", "zero", "01", "padded"));
            assertEquals("zero", WirePointer.parse("/retry/0").first(body, false));
            assertEquals("padded", WirePointer.parse("/retry/01").first(body, false));
        }

        @Test
        void anObjectKeyedByOtherThanStringsHasNoMembers() {
            TreeMap<Integer, Object> byNumber = new TreeMap<>();
            byNumber.put(0, "zero");
            byNumber.put(1, "one");
            Map<String, Object> body = obj("retry", byNumber);
            assertEquals(List.of(), WirePointer.parse("/retry/0").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/retry/<n>_x").all(body, true));
            assertEquals(List.of(), WirePointer.parse("/retry/*").all(body, false));
        }

        @Test
        void anObjectWithANullKeyStillHasItsOtherMembers() {
            Map<String, Object> body = new HashMap<>();
            body.put(null, "no name");
            body.put("kycStatus", "incomplete");
            assertEquals("incomplete", WirePointer.parse("/kycStatus").first(body, false));
            assertEquals(List.of(), WirePointer.parse("/").all(body, false));
        }

        @Test
        void theRootMayBeAnArrayOrAScalar() {
            assertEquals("b", WirePointer.parse("/1").first(arr("a", "b"), false));
            assertEquals("x", WirePointer.parse("").first("x", false));
            assertEquals(List.of(), WirePointer.parse("/0").all("x", true));
            assertEquals(List.of("x"), values(WirePointer.parse("/*").all("x", true)));
        }
    }

    @Nested
    class EveryElement {

        @Test
        void anAsteriskReachesEveryElementInOrderAndBindsItsIndex() {
            Map<String, Object> body = obj("retry", arr(
                    obj("retryCode", "a", "retryMsg", "m"), obj("retryCode", "b"), obj("retryCode", "c")));
            List<WirePointer.Match> all = WirePointer.parse("/retry/*/retryCode").all(body, false);
            assertEquals(List.of("a", "b", "c"), values(all));
            assertEquals(List.of(List.of(0), List.of(1), List.of(2)), bindings(all));
        }

        @Test
        void elementsThatLackTheValueAreSkippedButKeepTheirIndex() {
            Map<String, Object> body = obj("retry", arr(
                    obj("retryCode", "a"), null, obj("retryCode", null), "not an object", obj("retryMsg", "m"),
                    obj("retryCode", "f")));
            List<WirePointer.Match> all = WirePointer.parse("/retry/*/retryCode").all(body, false);
            assertEquals(List.of("a", "f"), values(all));
            assertEquals(List.of(List.of(0), List.of(5)), bindings(all));
        }

        @Test
        void anAsteriskAtTheEndReachesTheElementsThemselvesButNotNulls() {
            Map<String, Object> body = obj("codes", arr("A", null, 3, false, arr("nested"), obj()));
            List<WirePointer.Match> all = WirePointer.parse("/codes/*").all(body, false);
            assertEquals(List.of("A", 3, false, arr("nested"), obj()), values(all));
            assertEquals(List.of(List.of(0), List.of(2), List.of(3), List.of(4), List.of(5)), bindings(all));
        }

        @Test
        void anEmptyArrayReachesNothing() {
            assertEquals(List.of(), WirePointer.parse("/retry/*/retryCode").all(obj("retry", arr()), true));
        }

        @Test
        void nestedAsterisksBindOneIndexEach() {
            List<WirePointer.Match> all = WirePointer.parse("/Items/*/kyc/commentCode/*").all(items(), false);
            assertEquals(List.of("C1", "C2", "C3", "C4"), values(all));
            assertEquals(List.of(List.of(0, 0), List.of(0, 1), List.of(1, 0), List.of(1, 1)), bindings(all));
        }

        @Test
        void aSingleObjectStandsForAListOnlyWhereTheSpecSaysOneOrMany() {
            WirePointer failureType = WirePointer.parse(
                    "/identity_profile/failure_reason/requirements_not_met_details/*/failure_type");

            assertEquals(List.of(), failureType.all(yotiWithObject(), false));
            List<WirePointer.Match> one = failureType.all(yotiWithObject(), true);
            assertEquals(List.of("LIVENESS"), values(one));
            assertEquals(List.of(List.of(-1)), bindings(one));

            List<WirePointer.Match> many = failureType.all(yotiWithArray(), true);
            assertEquals(List.of("ID_DOCUMENT_EXTRACTION", "ID_DOCUMENT_AUTHENTICITY"), values(many));
            assertEquals(List.of(List.of(0), List.of(1)), bindings(many));
            assertEquals(values(many), values(failureType.all(yotiWithArray(), false)));
        }

        @Test
        void aSingleScalarStandsForAListOfOneWhereTheSpecSaysOneOrMany() {
            Map<String, Object> body = obj("codes", "A");
            assertEquals(List.of(), WirePointer.parse("/codes/*").all(body, false));
            List<WirePointer.Match> one = WirePointer.parse("/codes/*").all(body, true);
            assertEquals(List.of("A"), values(one));
            assertEquals(List.of(List.of(-1)), bindings(one));
        }

        @Test
        void aNullNeverStandsForAList() {
            assertEquals(List.of(), WirePointer.parse("/codes/*").all(obj("codes", null), true));
        }

        @Test
        void oneOrManyAppliesAtEveryAsteriskOnItsOwn() {
            Map<String, Object> body = obj("Items", obj("kyc", obj("commentCode", arr("C1", "C2"))));
            List<WirePointer.Match> all = WirePointer.parse("/Items/*/kyc/commentCode/*").all(body, true);
            assertEquals(List.of("C1", "C2"), values(all));
            assertEquals(List.of(List.of(-1, 0), List.of(-1, 1)), bindings(all));
        }

        @Test
        void anArrayInsideAnArrayIsOneElementNotFlattened() {
            Map<String, Object> body = obj("codes", arr(arr("A", "B"), "C"));
            assertEquals(List.of(arr("A", "B"), "C"), values(WirePointer.parse("/codes/*").all(body, true)));
        }
    }

    @Nested
    class KeyFamilies {

        @Test
        void aFamilyReachesEveryKeyOfItsFormAndCapturesTheMiddle() {
            List<WirePointer.Match> all = WirePointer.parse("/data/<tech>_result/failure_reason/type").all(biometricVision(), true);
            assertEquals(1, all.size(), "face2face has a null failure_reason, so it is not reached");
            WirePointer.Match liveness = all.get(0);
            assertEquals("CALC_RESULT", liveness.value());
            assertEquals(List.of("liveness_result"), liveness.bindings());
            assertEquals(Map.of("tech", "liveness"), liveness.captures());
            assertEquals("liveness", liveness.capture("tech"));
            assertNull(liveness.capture("kind"));
        }

        @Test
        void aFamilyFollowsTheOrderOfTheObject() {
            List<WirePointer.Match> all = WirePointer.parse("/data/<tech>_result").all(biometricVision(), false);
            assertEquals(List.of("liveness_result", "face2face_result"), bindings(all).stream().map(b -> b.get(0)).toList());
            assertEquals(List.of("liveness", "face2face"), all.stream().map(m -> m.capture("tech")).toList());
        }

        @Test
        void aFamilyNeedsANonEmptyMiddle() {
            Map<String, Object> body = obj("_result", "no middle", "x_result", "x", "_result_result", "middle is _result");
            List<WirePointer.Match> all = WirePointer.parse("/<tech>_result").all(body, false);
            assertEquals(List.of("x", "middle is _result"), values(all));
            assertEquals(List.of("x", "_result"), all.stream().map(m -> m.capture("tech")).toList());
        }

        @Test
        void aPrefixAndASuffixMayNotOverlapToMakeAMiddle() {
            Map<String, Object> body = obj("a", 1, "aa", 2, "aba", 3, "aaa", 4);
            List<WirePointer.Match> all = WirePointer.parse("/a<x>a").all(body, false);
            assertEquals(List.of(3, 4), values(all));
            assertEquals(List.of("b", "a"), all.stream().map(m -> m.capture("x")).toList());
        }

        @Test
        void aFamilyMayHaveAPrefixAndASuffix() {
            Map<String, Object> body = obj("check_doc_status", "ok", "check_face_status", "failed", "check_status", "none",
                    "check_doc_result", "wrong suffix", "xcheck_doc_status", "wrong prefix");
            List<WirePointer.Match> all = WirePointer.parse("/check_<kind>_status").all(body, false);
            assertEquals(List.of("ok", "failed"), values(all));
            assertEquals(List.of("doc", "face"), all.stream().map(m -> m.capture("kind")).toList());
        }

        @Test
        void aFamilyWithNothingAroundItIsEveryMember() {
            Map<String, Object> body = obj("first", 1, "", "empty name", "second", 2);
            List<WirePointer.Match> all = WirePointer.parse("/<name>").all(body, false);
            assertEquals(List.of(1, 2), values(all), "the empty name has no middle");
        }

        @Test
        void aFamilyReachesNothingInAnArrayOrAScalar() {
            assertEquals(List.of(), WirePointer.parse("/data/<tech>_result").all(obj("data", arr("liveness_result")), true));
            assertEquals(List.of(), WirePointer.parse("/data/<tech>_result").all(obj("data", "liveness_result"), true));
        }

        @Test
        void aFamilySkipsKeysThatAreNotStrings() {
            Map<Object, Object> mixed = new LinkedHashMap<>();
            mixed.put(7, "number key");
            mixed.put(null, "null key");
            mixed.put("liveness_result", "PASS");
            mixed.put(List.of("x_result"), "list key");
            List<WirePointer.Match> all = WirePointer.parse("/data/<tech>_result").all(obj("data", mixed), true);
            assertEquals(List.of("PASS"), values(all));
        }

        @Test
        void aFamilySkipsANullKeyOfAHashMap() {
            Map<String, Object> data = new HashMap<>();
            data.put(null, obj("status", "ghost"));
            data.put("liveness_result", obj("status", "PASS"));
            data.put("face2face_result", null);
            List<WirePointer.Match> all = WirePointer.parse("/data/<tech>_result/status").all(obj("data", data), true);
            assertEquals(List.of("PASS"), values(all));
        }

        @Test
        void aFamilyAndAnAsteriskBindInTheOrderWritten() {
            Map<String, Object> body = obj("data", obj(
                    "doc_checks", arr(obj("code", "D1"), obj("code", "D2")),
                    "face_checks", arr(obj("code", "F1"))));
            List<WirePointer.Match> all = WirePointer.parse("/data/<kind>_checks/*/code").all(body, false);
            assertEquals(List.of("D1", "D2", "F1"), values(all));
            assertEquals(List.of(List.of("doc_checks", 0), List.of("doc_checks", 1), List.of("face_checks", 0)), bindings(all));
            assertEquals(List.of("doc", "doc", "face"), all.stream().map(m -> m.capture("kind")).toList());
        }

        @Test
        void twoFamiliesCaptureUnderTheirOwnNames() {
            Map<String, Object> body = obj("eu_region", obj("doc_check", "ok", "face_check", "failed"),
                    "us_region", obj("doc_check", "review"));
            List<WirePointer.Match> all = WirePointer.parse("/<area>_region/<kind>_check").all(body, false);
            assertEquals(List.of("ok", "failed", "review"), values(all));
            assertEquals(List.of(Map.of("area", "eu", "kind", "doc"), Map.of("area", "eu", "kind", "face"),
                    Map.of("area", "us", "kind", "doc")), all.stream().map(WirePointer.Match::captures).toList());
        }
    }

    @Nested
    class Matches {

        @Test
        void eachMatchKeepsItsOwnBindingsAndCaptures() {
            Map<String, Object> body = obj("data", obj("liveness_result", arr("L0", "L1"), "face2face_result", arr("F0")));
            List<WirePointer.Match> all = WirePointer.parse("/data/<tech>_result/*").all(body, false);
            assertEquals(List.of(List.of("liveness_result", 0), List.of("liveness_result", 1), List.of("face2face_result", 0)),
                    bindings(all));
            assertEquals(List.of("liveness", "liveness", "face2face"), all.stream().map(m -> m.capture("tech")).toList());
        }

        @Test
        void aMatchCannotBeChangedByItsReader() {
            WirePointer.Match match = WirePointer.parse("/data/<tech>_result/failure_reason/type").all(biometricVision(), false).get(0);
            assertThrows(UnsupportedOperationException.class, () -> match.bindings().add(1));
            assertThrows(UnsupportedOperationException.class, () -> match.captures().put("tech", "face2face"));
        }

        @Test
        void aMatchAlwaysHasAValue() {
            assertThrows(NullPointerException.class, () -> new WirePointer.Match(null, List.of(), Map.of()));
        }

        @Test
        void firstIsTheFirstValueReachedOrNull() {
            Map<String, Object> body = obj("retry", arr(obj("retryMsg", "no code"), obj("retryCode", "b"), obj("retryCode", "c")));
            assertEquals("b", WirePointer.parse("/retry/*/retryCode").first(body, false));
            assertNull(WirePointer.parse("/retry/*/missing").first(body, true));
            assertNull(WirePointer.parse("/kycStatus").first(null, true));
        }

        @Test
        void walkingDoesNotChangeTheTree() {
            Map<String, Object> body = biometricVision();
            String before = body.toString();
            WirePointer.parse("/data/<tech>_result/failure_reason/*").all(body, true);
            WirePointer.parse("/data/*/failure_reason").all(body, true);
            assertEquals(before, body.toString());
        }

        @Test
        void aPointerCanBeUsedOnManyTrees() {
            WirePointer code = WirePointer.parse("/retry/*/retryCode");
            assertEquals(List.of("a"), values(code.all(argos(), false)));
            assertEquals(List.of("x", "y"), values(code.all(obj("retry", arr(obj("retryCode", "x"), obj("retryCode", "y"))), false)));
            assertEquals(List.of("a"), values(code.all(argos(), false)));
        }
    }

    @Nested
    class Bound {

        @Test
        void aMessageIsReadBesideTheCodeOfTheSameRetryElement() {
            Map<String, Object> body = obj("retry", arr(
                    obj("retryCode", "a", "retryMsg", "m"),
                    obj("retryCode", "b"),
                    obj("retryMsg", "only a message"),
                    obj("retryCode", "d", "retryMsg", "n")));
            WirePointer code = WirePointer.parse("/retry/*/retryCode");
            WirePointer message = WirePointer.parse("/retry/*/retryMsg");
            List<Object> messages = new ArrayList<>();
            for (WirePointer.Match match : code.all(body, false)) {
                messages.add(message.bound(body, match));
            }
            assertEquals(java.util.Arrays.asList("m", null, "n"), messages);
        }

        @Test
        void theArgosExampleReadsItsOnlyMessage() {
            Map<String, Object> body = argos();
            WirePointer.Match match = WirePointer.parse("/retry/*/retryCode").all(body, false).get(0);
            assertEquals("m", WirePointer.parse("/retry/*/retryMsg").bound(body, match));
        }

        @Test
        void aSingleObjectThatStoodForAListIsBoundAsItself() {
            Map<String, Object> body = obj("retry", obj("retryCode", "a", "retryMsg", "m"));
            WirePointer.Match match = WirePointer.parse("/retry/*/retryCode").all(body, true).get(0);
            assertEquals(List.of(-1), match.bindings());
            assertEquals("m", WirePointer.parse("/retry/*/retryMsg").bound(body, match));
        }

        @Test
        void yotiDetailsAreReadBesideTheirFailureTypeWhetherSentAsAListOrAsOneObject() {
            WirePointer type = WirePointer.parse("/identity_profile/failure_reason/requirements_not_met_details/*/failure_type");
            WirePointer details = WirePointer.parse("/identity_profile/failure_reason/requirements_not_met_details/*/details");
            assertEquals(List.of("ID_DOCUMENT_EXTRACTION:NAME_MISMATCH", "ID_DOCUMENT_AUTHENTICITY:UNABLE_TO_VALIDATE_DOCUMENT"),
                    readBeside(type, details, yotiWithArray()));
            assertEquals(List.of("LIVENESS:USER_FAILED_LIVENESS"), readBeside(type, details, yotiWithObject()));
        }

        private List<String> readBeside(WirePointer code, WirePointer companion, Object body) {
            List<String> read = new ArrayList<>();
            for (WirePointer.Match match : code.all(body, true)) {
                read.add(match.value() + ":" + companion.bound(body, match));
            }
            return read;
        }

        @Test
        void nestedParallelArraysAreBoundAtEveryLevel() {
            Map<String, Object> body = items();
            WirePointer code = WirePointer.parse("/Items/*/kyc/commentCode/*");
            WirePointer comment = WirePointer.parse("/Items/*/kyc/comment/*");
            List<String> read = new ArrayList<>();
            for (WirePointer.Match match : code.all(body, false)) {
                read.add(match.value() + "=" + comment.bound(body, match));
            }
            assertEquals(List.of("C1=first", "C2=second", "C3=only one", "C4=null"), read);
        }

        @Test
        void aCompanionOfTheSameFamilyIsReadFromTheSameKey() {
            Map<String, Object> body = biometricVision();
            WirePointer type = WirePointer.parse("/data/<tech>_result/failure_reason/type");
            WirePointer detail = WirePointer.parse("/data/<tech>_result/failure_reason/detail");
            WirePointer.Match match = type.all(body, true).get(0);
            assertEquals("Low overall prediction", detail.bound(body, match));
        }

        @Test
        void aFamilyOfAnotherFormIsBoundByWhatItsNameCaptured() {
            Map<String, Object> body = obj("data", obj(
                    "liveness_result", obj("status", "FAILED"),
                    "liveness_reason", "blur",
                    "face2face_result", obj("status", "PASSED"),
                    "face2face_reason", "none"));
            WirePointer status = WirePointer.parse("/data/<tech>_result/status");
            WirePointer reason = WirePointer.parse("/data/<tech>_reason");
            List<String> read = new ArrayList<>();
            for (WirePointer.Match match : status.all(body, false)) {
                read.add(match.value() + ":" + reason.bound(body, match));
            }
            assertEquals(List.of("FAILED:blur", "PASSED:none"), read);
        }

        @Test
        void aFamilyNeverBindsToAKeyOutsideItsForm() {
            Map<String, Object> body = obj("data", obj("liveness_result", "FAILED"));
            WirePointer.Match match = WirePointer.parse("/data/<tech>_result").all(body, false).get(0);
            assertNull(WirePointer.parse("/data/<tech>_reason").bound(body, match), "liveness_reason is not sent");
            assertNull(WirePointer.parse("/data/<kind>_reason").bound(body, match), "nothing captured a kind");
        }

        @Test
        void aPointerWithoutWildcardsIsReadAsItIs() {
            Map<String, Object> body = argos();
            WirePointer.Match match = WirePointer.parse("/retry/*/retryCode").all(body, false).get(0);
            assertEquals("incomplete", WirePointer.parse("/kycStatus").bound(body, match));
            assertEquals(3, WirePointer.parse("/retryCount").bound(body, match));
            assertSame(body, WirePointer.parse("").bound(body, match));
        }

        @Test
        void aPointerWithMoreWildcardsThanTheMatchReadsNothing() {
            Map<String, Object> body = items();
            WirePointer.Match item = WirePointer.parse("/Items/*/kyc").all(body, false).get(0);
            assertNull(WirePointer.parse("/Items/*/kyc/comment/*").bound(body, item));
            assertEquals(arr("first", "second"), WirePointer.parse("/Items/*/kyc/comment").bound(body, item));
        }

        @Test
        void anIndexPastTheEndOfTheOtherArrayReadsNothing() {
            Map<String, Object> body = obj("codes", arr("A", "B", "C"), "messages", arr("a"));
            WirePointer.Match third = WirePointer.parse("/codes/*").all(body, false).get(2);
            assertNull(WirePointer.parse("/messages/*").bound(body, third));
        }

        @Test
        void anIndexIntoSomethingThatIsNoArrayReadsNothing() {
            Map<String, Object> body = obj("codes", arr("A", "B"), "messages", obj("0", "a", "1", "b"), "scalar", "s");
            WirePointer.Match second = WirePointer.parse("/codes/*").all(body, false).get(1);
            assertNull(WirePointer.parse("/messages/*").bound(body, second));
            assertNull(WirePointer.parse("/scalar/*").bound(body, second));
            assertNull(WirePointer.parse("/missing/*").bound(body, second));
        }

        @Test
        void aMissingBodyReadsNothing() {
            WirePointer.Match match = WirePointer.parse("/retry/*/retryCode").all(argos(), false).get(0);
            assertNull(WirePointer.parse("/retry/*/retryMsg").bound(null, match));
        }

        @Test
        void everyMatchIsBoundBackToItsOwnValue() {
            List<Map<String, Object>> bodies = List.of(argos(), biometricVision(), yotiWithArray(), yotiWithObject(), items());
            List<String> pointers = List.of("/retry/*/retryCode", "/data/<tech>_result/failure_reason/type",
                    "/identity_profile/failure_reason/requirements_not_met_details/*/failure_type",
                    "/Items/*/kyc/commentCode/*", "/data/<tech>_result", "/*", "/<k>");
            for (Map<String, Object> body : bodies) {
                for (String text : pointers) {
                    WirePointer pointer = WirePointer.parse(text);
                    for (WirePointer.Match match : pointer.all(body, true)) {
                        assertSame(match.value(), pointer.bound(body, match), text + " in " + body);
                    }
                }
            }
        }
    }
}
