package golden.split;

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
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * What a response of Widget KYC can carry: one record per kind of outcome the catalog
 * spec declares.
 *
 * <p>Build one with the factory of its kind ({@link #documentProblem}, {@link #severe}),
 * which never throws. A code the catalog does not document is kept as {@link
 * WireCode.Unrecognized}, beside the documented ones; a field value it does not
 * document reads as empty, and every value stays in the record's {@code sent}. Handle
 * every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code switch} over
 * the records; both fail to compile when a kind is added to the spec and not handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-warnings"
)
@CodebookGenerated("widget-warnings")
public sealed interface WidgetWarningsOutcome permits WidgetWarningsOutcome.DocumentProblem, WidgetWarningsOutcome.Severe {
    /**
     * A {@link DocumentProblem} from the values the vendor sent. Never throws: a code
     * this kind does not document is kept unrecognized, a field value its type does not
     * document reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @param attempts as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static DocumentProblem documentProblem(String code, Integer attempts) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        if (attempts != null) {
            sent.put("attempts", attempts);
        }
        return new DocumentProblem(wireDocumentProblem(code), attempts == null ? OptionalInt.empty()
                : OptionalInt.of(attempts), sent);
    }

    /**
     * A {@link Severe} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Severe severe(String code) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        return new Severe(wireSevere(code), sent);
    }

    private static WireCode<DocumentProblemCode> wireDocumentProblem(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<DocumentProblemCode> known = WidgetWarningTable.lookup(null, code)
                .flatMap(DocumentProblemCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("widget-warnings", "WidgetWarningsOutcome.documentProblem",
                    sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    private static WireCode<SevereCode> wireSevere(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        Optional<SevereCode> known = WidgetWarningTable.lookup(null, code)
                .flatMap(SevereCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("widget-warnings", "WidgetWarningsOutcome.severe", sent);
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
     * The document could not be accepted.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param attempts the vendor's <code>attempts</code>
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("widget-warnings")
    record DocumentProblem(WireCode<DocumentProblemCode> code, OptionalInt attempts,
            Map<String, Object> sent) implements WidgetWarningsOutcome {
        public DocumentProblem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(attempts, "attempts");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.documentProblem(this);
        }
    }

    /**
     * An outcome of kind <code>severe</code>.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("widget-warnings")
    record Severe(WireCode<SevereCode> code,
            Map<String, Object> sent) implements WidgetWarningsOutcome {
        public Severe {
            Objects.requireNonNull(code, "code");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.severe(this);
        }
    }

    /**
     * The codes a {@link DocumentProblem} may hold: each stands for the
     * {@link WidgetWarning} constant of the same name, with everything the vendor
     * documents about it.
     */
    @CodebookGenerated("widget-warnings")
    enum DocumentProblemCode implements CatalogCode {
        /**
         * {@link WidgetWarning#DOCUMENT_EXPIRED}
         */
        DOCUMENT_EXPIRED(WidgetWarning.DOCUMENT_EXPIRED),

        /**
         * {@link WidgetWarning#INVALID_ID_TYPE}
         */
        INVALID_ID_TYPE(WidgetWarning.INVALID_ID_TYPE);

        private final WidgetWarning code;

        DocumentProblemCode(WidgetWarning code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<DocumentProblemCode> from(WidgetWarning code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    WidgetWarningTable.DocumentProblemIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public WidgetWarning asWidgetWarning() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public WidgetWarning.Group group() {
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
        public Optional<WidgetWarning> replacement() {
            return code.replacement();
        }

        /**
         * Calls the method of {@code cases} that handles this code.
         *
         * @param <R> what the handler returns
         * @return what the handler returned
         */
        public <R> R match(Cases<R> cases) {
            return switch (this) {
                case DOCUMENT_EXPIRED -> cases.documentExpired();
                case INVALID_ID_TYPE -> cases.invalidIdType();
            };
        }

        /**
         * Handles every code of {@link DocumentProblemCode}, one method per code named after
         * its constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link DocumentProblemCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("widget-warnings")
        public interface Cases<R> {
            R documentExpired();

            R invalidIdType();
        }
    }

    /**
     * The codes a {@link Severe} may hold: each stands for the {@link WidgetWarning}
     * constant of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("widget-warnings")
    enum SevereCode implements CatalogCode {
        /**
         * {@link WidgetWarning#DOCUMENT_EXPIRED}
         */
        DOCUMENT_EXPIRED(WidgetWarning.DOCUMENT_EXPIRED);

        private final WidgetWarning code;

        SevereCode(WidgetWarning code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<SevereCode> from(WidgetWarning code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    WidgetWarningTable.SevereIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public WidgetWarning asWidgetWarning() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public WidgetWarning.Group group() {
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
        public Optional<WidgetWarning> replacement() {
            return code.replacement();
        }

        /**
         * Calls the method of {@code cases} that handles this code.
         *
         * @param <R> what the handler returns
         * @return what the handler returned
         */
        public <R> R match(Cases<R> cases) {
            return switch (this) {
                case DOCUMENT_EXPIRED -> cases.documentExpired();
            };
        }

        /**
         * Handles every code of {@link SevereCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link SevereCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("widget-warnings")
        public interface Cases<R> {
            R documentExpired();
        }
    }

    /**
     * Handles every kind of outcome. A handler that leaves one out does not compile, so a
     * kind added to the spec shows up as a compile error naming the method to write.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("widget-warnings")
    interface Cases<R> {
        /**
         * A {@link DocumentProblem}: The document could not be accepted.
         */
        R documentProblem(DocumentProblem value);

        /**
         * A {@link Severe}.
         */
        R severe(Severe value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("widget-warnings")
    interface PartialCases<R> extends Cases<R> {
        /**
         * What every kind this handler does not override gives.
         */
        R otherwise();

        @Override
        default R documentProblem(DocumentProblem value) {
            return otherwise();
        }

        @Override
        default R severe(Severe value) {
            return otherwise();
        }
    }
}
