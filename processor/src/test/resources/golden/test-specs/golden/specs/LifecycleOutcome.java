package golden.specs;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.WireCode;
import io.codebook.runtime.internal.SentValues;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * What a response of Lifecycle KYC can carry: one record per kind of outcome the
 * catalog spec declares.
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
        comments = "catalog lifecycle"
)
@CodebookGenerated("lifecycle")
public sealed interface LifecycleOutcome permits LifecycleOutcome.Warning {
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
                "lifecycle", "decision", "LifecycleOutcome.warning", decision), sent);
    }

    private static WireCode<WarningCode> wireWarning(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<WarningCode> known = LifecycleWarningTable.lookup(null, code)
                .flatMap(WarningCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("lifecycle", "LifecycleOutcome.warning", sent);
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
     * An outcome of kind <code>warning</code>.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param decision the vendor's <code>decision</code>
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("lifecycle")
    record Warning(WireCode<WarningCode> code, Optional<Decision> decision,
            Map<String, Object> sent) implements LifecycleOutcome {
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
     * The codes a {@link Warning} may hold: each stands for the {@link LifecycleWarning}
     * constant of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("lifecycle")
    enum WarningCode implements CatalogCode {
        /**
         * {@link LifecycleWarning#BIRTH_DATE_MISMATCH}
         */
        BIRTH_DATE_MISMATCH(LifecycleWarning.BIRTH_DATE_MISMATCH),

        /**
         * {@link LifecycleWarning#DOB_VERIFICATION_FAILED}
         *
         * @deprecated as {@link LifecycleWarning#DOB_VERIFICATION_FAILED} is
         */
        @Deprecated
        DOB_VERIFICATION_FAILED(LifecycleWarning.DOB_VERIFICATION_FAILED);

        private final LifecycleWarning code;

        WarningCode(LifecycleWarning code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<WarningCode> from(LifecycleWarning code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    LifecycleWarningTable.WarningIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public LifecycleWarning asLifecycleWarning() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public LifecycleWarning.Group group() {
            return code.group();
        }

        @Override
        public Optional<String> description() {
            return code.description();
        }

        @Override
        public List<VendorMessage> messages() {
            return code.messages();
        }

        @Override
        public CatalogInfo catalog() {
            return code.catalog();
        }

        @Override
        public Optional<LifecycleWarning> replacement() {
            return code.replacement();
        }

        @Override
        public boolean deprecated() {
            return code.deprecated();
        }

        @Override
        public boolean retired() {
            return code.retired();
        }

        /**
         * Calls the method of {@code cases} that handles this code.
         *
         * @param <R> what the handler returns
         * @return what the handler returned
         */
        public <R> R match(Cases<R> cases) {
            return switch (this) {
                case BIRTH_DATE_MISMATCH -> cases.birthDateMismatch();
                case DOB_VERIFICATION_FAILED -> cases.dobVerificationFailed();
            };
        }

        /**
         * Handles every code of {@link WarningCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link WarningCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("lifecycle")
        public interface Cases<R> {
            R birthDateMismatch();

            /**
             * Handles {@link LifecycleWarning#DOB_VERIFICATION_FAILED}.
             *
             * @deprecated Since 2024-05: Renamed BIRTH_DATE_MISMATCH in a later version of the
             * vendor's page. Use {@link LifecycleWarning#BIRTH_DATE_MISMATCH} instead.
             */
            @Deprecated
            R dobVerificationFailed();
        }
    }

    /**
     * Values of the vendor's <code>decision</code> column.
     */
    @CodebookGenerated("lifecycle")
    enum Decision implements AttributeValue {
        /**
         * Written by the vendor as <code>APPROVED</code>.
         */
        APPROVED("APPROVED"),

        /**
         * Written by the vendor as <code>REVIEW</code>.
         */
        REVIEW("REVIEW");

        private static final Map<String, Decision> BY_VALUE = Map.ofEntries(
            Map.entry("APPROVED", APPROVED),
            Map.entry("REVIEW", REVIEW));

        private final String value;

        Decision(String value) {
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
    @CodebookGenerated("lifecycle")
    interface Cases<R> {
        /**
         * A {@link Warning}.
         */
        R warning(Warning value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("lifecycle")
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
