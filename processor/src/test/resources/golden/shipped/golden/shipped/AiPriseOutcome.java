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
 * What a response of AiPrise can carry: one record per kind of outcome the catalog
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
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
public sealed interface AiPriseOutcome permits AiPriseOutcome.Warning {
    /**
     * A {@link Warning} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @param decision as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Warning warning(String code, String decision) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        if (decision != null) {
            sent.put("decision", decision);
        }
        return new Warning(wireWarning(code), decision == null ? Optional.empty()
                : UnknownValueReports.value(Decision.fromValue(decision),
                "aiprise", "decision", "AiPriseOutcome.warning", decision), sent);
    }

    private static WireCode<AiPriseWarning> wireWarning(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<AiPriseWarning> known = AiPriseWarningTable.lookup(null, code);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("aiprise", "AiPriseOutcome.warning", sent);
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
     * One warning of a verification result, with the decision AiPrise applied to it (the
     * customer's template may change the documented default).
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param decision The decision the response carries for this warning, when it carries
     * one.
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("aiprise")
    record Warning(WireCode<AiPriseWarning> code, Optional<Decision> decision,
            Map<String, Object> sent) implements AiPriseOutcome {
        public Warning {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(decision, "decision");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.warning(this);
        }
    }

    /**
     * The decision the response carries for this warning, when it carries one.
     */
    @CodebookGenerated("aiprise")
    enum Decision implements AttributeValue {
        /**
         * Written by the vendor as <code>APPROVED</code>.
         */
        APPROVED("APPROVED", NextAction.PROCEED),

        /**
         * Written by the vendor as <code>REVIEW</code>.
         */
        REVIEW("REVIEW", NextAction.MANUAL_REVIEW),

        /**
         * Written by the vendor as <code>DECLINED</code>.
         */
        DECLINED("DECLINED", NextAction.REJECT);

        private static final Map<String, Decision> BY_VALUE = Map.ofEntries(
            Map.entry("APPROVED", APPROVED),
            Map.entry("REVIEW", REVIEW),
            Map.entry("DECLINED", DECLINED));

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
    @CodebookGenerated("aiprise")
    interface Cases<R> {
        /**
         * A {@link Warning}: One warning of a verification result, with the decision AiPrise
         * applied to it (the customer's template may change the documented default).
         */
        R warning(Warning value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("aiprise")
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
