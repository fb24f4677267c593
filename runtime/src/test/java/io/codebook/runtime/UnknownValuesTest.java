package io.codebook.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.internal.StatusReading;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where reports of values no catalog documents go, and that reporting never breaks the lookup that
 * made it. What generated lookups, factories and readers report is pinned where they are generated.
 */
class UnknownValuesTest {

    /** Registered in this module's test resources, as a user registers one. */
    public static final class RegisteredListener implements UnknownValueListener {
        static final List<UnknownValue> HEARD = new ArrayList<>();

        @Override
        public void unknown(UnknownValue value) {
            HEARD.add(value);
        }
    }

    private final List<UnknownValue> heard = new ArrayList<>();

    @AfterEach
    void restoreTheDefault() {
        UnknownValues.setListener(null);
    }

    @Test
    void aListenerRegisteredThroughServiceLoaderHearsReportsByDefault() {
        RegisteredListener.HEARD.clear();
        assertInstanceOf(RegisteredListener.class, UnknownValues.listener());
        UnknownValueReports.code("aiprise", "AiPriseWarning.fromCode", "MRZ_DATA_MISMATCH");
        assertEquals(List.of(new UnknownValue("aiprise", "code", "AiPriseWarning.fromCode", "MRZ_DATA_MISMATCH",
                Map.of("code", "MRZ_DATA_MISMATCH"))), RegisteredListener.HEARD);
    }

    @Test
    void aListenerSetInCodeReplacesTheRegisteredOnesUntilReset() {
        UnknownValueListener mine = heard::add;
        UnknownValues.setListener(mine);
        assertSame(mine, UnknownValues.listener());
        UnknownValueReports.code("argos", "ArgosCode.fromKey", Map.of("step", "1", "kind", "retry", "code", "new_one"));
        assertEquals("new_one", heard.get(0).value(), "a composite key's value is its code");
        assertEquals(Map.of("step", "1", "kind", "retry", "code", "new_one"), heard.get(0).sent());
        UnknownValues.setListener(null);
        assertInstanceOf(RegisteredListener.class, UnknownValues.listener());
    }

    @Test
    void aListenerThatThrowsNeverBreaksTheLookup() {
        UnknownValues.setListener(value -> {
            throw new IllegalStateException("listener bug");
        });
        UnknownValueReports.code("aiprise", "AiPriseWarning.fromCode", "X");
        UnknownValues.setListener(value -> {
            throw new StackOverflowError();
        });
        UnknownValueReports.code("aiprise", "AiPriseWarning.fromCode", "X");
        Optional<String> found = UnknownValueReports.value(Optional.empty(), "aiprise", "decision", "f", "MAYBE");
        assertTrue(found.isEmpty(), "the lookup's answer is returned as it was");
    }

    @Test
    void aLookupTheListenerMakesIsNotReportedAgain() {
        UnknownValues.setListener(value -> {
            heard.add(value);
            UnknownValueReports.code(value.catalog(), "again", value.value());
        });
        UnknownValueReports.code("aiprise", "AiPriseWarning.fromCode", "X");
        assertEquals(1, heard.size(), heard.toString());
    }

    @Test
    void whileAReaderReadsOnlyItsOwnReportsAreHeard() {
        UnknownValues.setListener(heard::add);
        UnknownValueReports.startReading();
        try {
            UnknownValueReports.code("argos", "ArgosOutcome.retry", Map.of("step", "2", "code", "tried"));
            UnknownValueReports.value(Optional.empty(), "aiprise", "decision", "AiPriseOutcome.warning", "MAYBE");
            UnknownValueReports.checked(new Finding("warning", WireCode.unrecognized(Map.of("code", "NEW")),
                    Optional.empty(), false, Map.of()), "aiprise", "/aiprise_summary/warnings/*/code");
            UnknownValueReports.checked(new Finding("warning", WireCode.known(Known.ONE, Map.of("code", "ONE")),
                    Optional.empty(), false, Map.of()), "aiprise", "/aiprise_summary/warnings/*/code");
        } finally {
            UnknownValueReports.endReading();
        }
        assertEquals(List.of(new UnknownValue("aiprise", "code", "/aiprise_summary/warnings/*/code", "NEW",
                Map.of("code", "NEW"))), heard);
        UnknownValueReports.code("argos", "ArgosOutcome.retry", Map.of("code", "after"));
        assertEquals(2, heard.size(), "reading is over: factories report again");
    }

    @Test
    void anUndocumentedStatusIsReportedWithItsPointer() {
        UnknownValues.setListener(heard::add);
        StatusReading statuses = new StatusReading("aiprise");
        statuses.read("/status", "ARCHIVED", value -> value.equals("COMPLETED") ? Optional.empty()
                : Optional.of(Verdict.UNKNOWN));
        statuses.read("/status", "COMPLETED", value -> Optional.empty());
        assertEquals(List.of(new UnknownValue("aiprise", "status", "/status", "ARCHIVED", Map.of("status", "ARCHIVED"))),
                heard);
        assertEquals(Verdict.UNKNOWN, statuses.verdict(), "and it still reads as UNKNOWN");
    }

    @Test
    void nothingIsReportedWhenNothingWasSent() {
        UnknownValues.setListener(heard::add);
        UnknownValueReports.code("aiprise", "AiPriseWarning.fromCode", (String) null);
        UnknownValueReports.code("argos", "ArgosCode.fromKey", Map.of());
        UnknownValueReports.value(Optional.empty(), "aiprise", "decision", "f", null);
        assertEquals(List.of(), heard);
    }

    private enum Known implements CatalogCode {
        ONE;

        @Override
        public String code() {
            return "ONE";
        }

        @Override
        public CatalogGroup group() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> description() {
            return Optional.empty();
        }

        @Override
        public List<VendorMessage> messages() {
            return List.of();
        }

        @Override
        public CatalogInfo catalog() {
            throw new UnsupportedOperationException();
        }
    }
}
