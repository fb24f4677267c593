package io.codebook.runtime.internal;

import io.codebook.runtime.Finding;
import io.codebook.runtime.UnknownValue;
import io.codebook.runtime.UnknownValueListener;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.WireCode;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;

/**
 * Used by generated code; not an API of its own, and it may change in any release (it is public only
 * because generated code lives in its users' packages).
 *
 * <p>Reports values generated code could not match to {@link UnknownValues#listener()}. Generated code
 * calls it only on the path where a lookup found nothing, so documented values cost nothing more.
 * Never throws, whatever the listener does.
 *
 * <p>A response reader reports what it read itself, with the pointer it read it from; while it reads,
 * the lookups and outcome factories it calls stay quiet (they would report the same value again
 * with less to say, or values it only tried, such as the steps it tests to find ARGOS's). A listener
 * that looks values up itself is not reported to again.
 */
public final class UnknownValueReports {

    /** Per thread: [0] how many readers are reading, [1] whether a listener is being called. */
    private static final ThreadLocal<int[]> STATE = ThreadLocal.withInitial(() -> new int[2]);

    private static volatile boolean listenerFailed;

    private UnknownValueReports() {}

    /** A reader starts reading: lookups and factories stay quiet until {@link #endReading}. */
    public static void startReading() {
        STATE.get()[0]++;
    }

    /** A reader is done (call it in a {@code finally}). */
    public static void endReading() {
        STATE.get()[0]--;
    }

    /** From a lookup or factory: a code no documented code matched, with the key parts as sent. */
    public static void code(String catalog, String location, Map<String, String> sent) {
        if (sent.isEmpty() || STATE.get()[0] > 0) {
            return;
        }
        report(catalog, "code", location, sent);
    }

    /** From a lookup or factory: a code of a catalog keyed by its code alone. */
    public static void code(String catalog, String location, String code) {
        if (code == null || STATE.get()[0] > 0 || !UnknownValues.listening()) {
            return;
        }
        report(catalog, "code", location, Map.of("code", code));
    }

    /**
     * From a factory: {@code found}, after reporting {@code value} when it is a value ({@code null} is
     * none) that nothing was found for.
     */
    public static <T> Optional<T> value(Optional<T> found, String catalog, String kind, String location, String value) {
        if (found.isEmpty() && value != null && STATE.get()[0] == 0 && UnknownValues.listening()) {
            report(catalog, kind, location, Map.of(kind, value));
        }
        return found;
    }

    /** From a reader: a code it read that its outcome does not document, at the pointer it read it from. */
    public static void read(String catalog, String location, Map<String, String> sent) {
        if (!sent.isEmpty()) {
            report(catalog, "code", location, sent);
        }
    }

    /** From a reader: {@code finding}, after reporting its code at {@code location} when the catalog lacks it. */
    public static Finding checked(Finding finding, String catalog, String location) {
        if (finding.code() instanceof WireCode.Unrecognized<?> unrecognized) {
            read(catalog, location, unrecognized.sent());
        }
        return finding;
    }

    /** From a reader: a field or status value it read that the spec does not list. */
    public static void read(String catalog, String kind, String location, String value) {
        if (value != null && UnknownValues.listening()) {
            report(catalog, kind, location, Map.of(kind, value));
        }
    }

    private static void report(String catalog, String kind, String location, Map<String, String> sent) {
        int[] state = STATE.get();
        if (state[1] != 0) {
            return; // a lookup the listener made itself
        }
        state[1] = 1;
        try {
            if (!UnknownValues.listening()) {
                return; // nobody would read it: build nothing
            }
            String value = sent.containsKey(kind) ? sent.get(kind) : String.join(" / ", sent.values());
            deliver(UnknownValues.listener(), new UnknownValue(catalog, kind, location, value, sent));
        } catch (RuntimeException | LinkageError cannotReport) {
            failed(cannotReport);
        } finally {
            state[1] = 0;
        }
    }

    /** Calls {@code listener}; what it throws is logged once and otherwise ignored. */
    public static void deliver(UnknownValueListener listener, UnknownValue value) {
        try {
            listener.unknown(value);
        } catch (Throwable thrown) { // whatever it throws, the lookup that reported to it goes on
            failed(thrown);
        }
    }

    private static void failed(Throwable thrown) {
        if (!listenerFailed) {
            listenerFailed = true;
            try {
                System.getLogger(UnknownValues.LOGGER).log(Level.WARNING, "an UnknownValueListener threw; lookups go"
                        + " on as if it had not (logged once)", thrown);
            } catch (RuntimeException ignored) {
                // nowhere left to say it
            }
        }
    }
}
