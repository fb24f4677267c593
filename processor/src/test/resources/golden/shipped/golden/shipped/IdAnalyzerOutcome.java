package golden.shipped;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.WireCode;
import io.codebook.runtime.internal.SentValues;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * What a response of ID Analyzer can carry: one record per kind of outcome the catalog
 * spec declares.
 *
 * <p>Build one with the factory of its kind ({@link #warning}), which never throws. A
 * code the catalog does not document is kept as {@link WireCode.Unrecognized}, beside
 * the documented ones; a field value it does not document reads as empty, and every
 * value stays in the record's {@code sent}. Handle every kind with {@link
 * #match(Cases)}, or, on Java 21+, with a {@code switch} over the records; both fail
 * to compile when a kind is added to the spec and not handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog id-analyzer"
)
@CodebookGenerated("id-analyzer")
public sealed interface IdAnalyzerOutcome permits IdAnalyzerOutcome.Warning {
    /**
     * A {@link Warning} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @param severity as sent; {@code null} where the response has none
     * @param decision as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Warning warning(String code, String severity, String decision) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        if (severity != null) {
            sent.put("severity", severity);
        }
        if (decision != null) {
            sent.put("decision", decision);
        }
        return new Warning(wireWarning(code), severity == null ? Optional.empty()
                : UnknownValueReports.value(ReportedSeverity.fromValue(severity),
                "id-analyzer", "severity", "IdAnalyzerOutcome.warning", severity),
                decision == null ? Optional.empty()
                : UnknownValueReports.value(Decision.fromValue(decision),
                "id-analyzer", "decision", "IdAnalyzerOutcome.warning", decision), sent);
    }

    private static WireCode<IdAnalyzerWarning> wireWarning(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<IdAnalyzerWarning> known = IdAnalyzerWarningTable.lookup(null, code);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("id-analyzer", "IdAnalyzerOutcome.warning", sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    /**
     * Calls the method of {@code cases} that handles this kind of outcome.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    <R> R match(Cases<R> cases);

    /**
     * One entry of a response's warning list, with the severity and decision the response
     * gives it; both are configurable per KYC profile and sent in lower case.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param severity The severity the response reports for this warning.
     * @param decision What the warning decided according to the KYC profile; the values
     * are those of ID Analyzer's API responses, not of this document.
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("id-analyzer")
    record Warning(WireCode<IdAnalyzerWarning> code, Optional<ReportedSeverity> severity,
            Optional<Decision> decision, Map<String, Object> sent) implements IdAnalyzerOutcome {
        public Warning {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(decision, "decision");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.warning(this);
        }
    }

    /**
     * The severity the response reports for this warning.
     */
    @CodebookGenerated("id-analyzer")
    enum ReportedSeverity implements AttributeValue {
        /**
         * Written by the vendor as <code>high</code>.
         */
        HIGH("high"),

        /**
         * Written by the vendor as <code>medium</code>.
         */
        MEDIUM("medium"),

        /**
         * Written by the vendor as <code>low</code>.
         */
        LOW("low"),

        /**
         * Written by the vendor as <code>none</code>.
         */
        NONE("none");

        private static final Map<String, ReportedSeverity> BY_VALUE = Map.ofEntries(
            Map.entry("high", HIGH),
            Map.entry("medium", MEDIUM),
            Map.entry("low", LOW),
            Map.entry("none", NONE));

        private final String value;

        ReportedSeverity(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        /**
         * The value the vendor writes as {@code value}, exactly (case included), or one of its
         * other spellings; empty for anything else, {@code null} included. Never throws.
         */
        public static Optional<ReportedSeverity> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * What the warning decided according to the KYC profile; the values are those of ID
     * Analyzer's API responses, not of this document.
     */
    @CodebookGenerated("id-analyzer")
    enum Decision implements AttributeValue {
        /**
         * Written by the vendor as <code>accept</code>.
         */
        ACCEPT("accept", NextAction.PROCEED),

        /**
         * Written by the vendor as <code>review</code>.
         */
        REVIEW("review", NextAction.MANUAL_REVIEW),

        /**
         * Written by the vendor as <code>reject</code>.
         */
        REJECT("reject", NextAction.REJECT);

        private static final Map<String, Decision> BY_VALUE = Map.ofEntries(
            Map.entry("accept", ACCEPT),
            Map.entry("review", REVIEW),
            Map.entry("reject", REJECT));

        private final String value;

        private final NextAction action;

        Decision(String value, NextAction action) {
            this.value = value;
            this.action = action;
        }

        @Override
        public String value() {
            return value;
        }

        /**
         * The next action this value stands for.
         */
        public NextAction action() {
            return action;
        }

        /**
         * The value the vendor writes as {@code value}, exactly (case included), or one of its
         * other spellings; empty for anything else, {@code null} included. Never throws.
         */
        public static Optional<Decision> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * Handles every kind of outcome. A handler that leaves one out does not compile, so a
     * kind added to the spec shows up as a compile error naming the method to write.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("id-analyzer")
    interface Cases<R> {
        /**
         * A {@link Warning}: One entry of a response's warning list, with the severity and
         * decision the response gives it; both are configurable per KYC profile and sent in
         * lower case.
         */
        R warning(Warning value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("id-analyzer")
    interface PartialCases<R> extends Cases<R> {
        /**
         * What every kind this handler does not override gives.
         */
        R otherwise();

        @Override
        default R warning(Warning value) {
            return otherwise();
        }
    }
}
