package golden.shipped;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.NextAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * What a response of AiPrise can carry: one record per kind of outcome the catalog
 * spec declares, and {@link Unknown} for anything the catalog does not know.
 *
 * <p>Build one with the factory of its kind ({@link #warning}), which never throws:
 * wire values the catalog does not document give {@link Unknown} with the values as
 * sent. Handle every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code
 * switch} over the records; both fail to compile when a kind is added to the spec and
 * not handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog aiprise"
)
@CodebookGenerated("aiprise")
public sealed interface AiPriseOutcome permits AiPriseOutcome.Warning, AiPriseOutcome.Unknown {
    /**
     * A {@link Warning} from the values the vendor sent; {@link Unknown} with those
     * values when the catalog does not document them. Never throws.
     *
     * @param code as sent; {@code null} where the response has none
     * @param decision as sent; {@code null} where the response has none
     */
    static AiPriseOutcome warning(String code, String decision) {
        Optional<AiPriseWarning> known = AiPriseWarning.fromCode(code);
        if (known.isEmpty()) {
            return unknownWarning(code, decision);
        }
        Optional<Decision> decisionValue = decision == null ? Optional.empty()
                : Decision.fromValue(decision);
        if (decision != null && decisionValue.isEmpty()) {
            return unknownWarning(code, decision);
        }
        return new Warning(known.get(), decisionValue);
    }

    private static Unknown unknownWarning(String code, String decision) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("code", code);
        raw.put("decision", decision);
        return new Unknown("warning", raw);
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
     * @param code the code, each one this kind of outcome can hold
     * @param decision The decision the response carries for this warning, when it carries
     * one.
     */
    @CodebookGenerated("aiprise")
    record Warning(AiPriseWarning code, Optional<Decision> decision) implements AiPriseOutcome {
        public Warning {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.warning(this);
        }
    }

    /**
     * A response the catalog does not know, kept as sent so nothing is lost when a vendor
     * adds a code before the spec does.
     *
     * @param outcome the id of the kind of outcome the response was read as, e.g. {@code
     * retry}
     * @param raw every value as it was passed to the factory, by parameter name; {@code
     * null} where none was
     */
    @CodebookGenerated("aiprise")
    record Unknown(String outcome, Map<String, Object> raw) implements AiPriseOutcome {
        public Unknown {
            Objects.requireNonNull(outcome, "outcome");
            raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.unknown(this);
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

        /**
         * What the catalog does not know, with the values as sent.
         */
        R unknown(Unknown value);
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

        @Override
        default R unknown(Unknown value) {
            return otherwise();
        }
    }
}
