package golden.specs;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Flow Vendor: Failure Reasons, one constant per documented code.
 *
 * <p>Transcribed from <code>flow.txt</code> by the catalog spec <code>flow-failures</code>.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog flow-failures"
)
@CodebookGenerated("flow-failures")
public enum FlowFailuresCode implements CatalogCode {
    /**
     * User aborted the process
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Operation aborted by user</code>.
     */
    LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER,

    /**
     * Process stopped by external cause
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#OTHER};
     * failureDetail <code>Operation aborted by user</code>.
     */
    LIVENESS_OTHER_OPERATION_ABORTED_BY_USER,

    /**
     * Internal service error
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#SERVICE_ERROR}.
     */
    LIVENESS_SERVICE_ERROR,

    /**
     * Internal service error
     * <p>technology {@link Technology#ADDRESS_V1_V2}; failureType
     * {@link FailureType#SERVICE_ERROR}.
     */
    ADDRESS_V1_V2_SERVICE_ERROR;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("flow-failures", "Flow Vendor",
            "Failure Reasons", "flow.txt");

    /**
     * The code the vendor identifies by these values, each matched exactly (case
     * included). Empty for any combination this catalog does not document; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param technology the vendor's <code>technology</code>
     * @param failureType the vendor's <code>failureType</code>
     * @param failureDetail the vendor's <code>failureDetail</code>; {@code null}, empty,
     * <code>None</code> mean none
     */
    public static Optional<FlowFailuresCode> fromKey(String technology, String failureType,
            String failureDetail) {
        return FlowFailuresCodeTable.lookup("FlowFailuresCode.fromKey",
                technology, failureType, failureDetail);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String technology, String failureType, String failureDetail,
            Cases<R> cases) {
        Optional<FlowFailuresCode> known = fromKey(technology, failureType, failureDetail);
        return known.isPresent() ? known.get().match(cases)
                : cases.unknown(Arrays.asList(technology, failureType, failureDetail));
    }

    @Override
    public String code() {
        return row().code();
    }

    @Override
    public Group group() {
        return row().group();
    }

    @Override
    public Optional<String> description() {
        return Optional.ofNullable(row().description());
    }

    @Override
    public List<VendorMessage> messages() {
        return row().messages();
    }

    @Override
    public CatalogInfo catalog() {
        return CATALOG;
    }

    /**
     * The vendor's <code>technology</code> column.
     */
    public Technology technology() {
        return row().technology();
    }

    /**
     * The vendor's <code>failureType</code> column.
     */
    public FailureType failureType() {
        return row().failureType();
    }

    /**
     * The vendor's <code>failureDetail</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<String> failureDetail() {
        return Optional.ofNullable(row().failureDetail());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<FlowFailuresCode> replacement() {
        return Optional.empty();
    }

    /**
     * Calls the method of {@code cases} that handles this code.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public <R> R match(Cases<R> cases) {
        return switch (this) {
            case LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER ->
                    cases.livenessClientOperationAbortedByUser();
            case LIVENESS_OTHER_OPERATION_ABORTED_BY_USER ->
                    cases.livenessOtherOperationAbortedByUser();
            case LIVENESS_SERVICE_ERROR -> cases.livenessServiceError();
            case ADDRESS_V1_V2_SERVICE_ERROR -> cases.addressV1V2ServiceError();
        };
    }

    private FlowFailuresCodeTable.Row row() {
        return FlowFailuresCodeTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link FlowFailuresCode}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link FlowFailuresCode#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("flow-failures")
    public interface Cases<R> {
        R livenessClientOperationAbortedByUser();

        R livenessOtherOperationAbortedByUser();

        R livenessServiceError();

        R addressV1V2ServiceError();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(List<String> raw);
    }

    /**
     * The sections of Flow Vendor's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("flow-failures")
    public enum Group implements CatalogGroup {
        /**
         * Liveness
         */
        LIVENESS("liveness", "Liveness"),

        /**
         * Address v1 / v2
         */
        ADDRESS("address", "Address v1 / v2");

        private final String id;

        private final String title;

        Group(String id, String title) {
            this.id = id;
            this.title = title;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /**
     * Values of the vendor's <code>technology</code> column.
     */
    @CodebookGenerated("flow-failures")
    public enum Technology implements AttributeValue {
        /**
         * Written by the vendor as <code>Liveness</code>.
         */
        LIVENESS("Liveness"),

        /**
         * Written by the vendor as <code>Address v1 / v2</code>.
         */
        ADDRESS_V1_V2("Address v1 / v2");

        private static final Map<String, Technology> BY_VALUE = Map.ofEntries(
            Map.entry("Liveness", LIVENESS),
            Map.entry("Address v1 / v2", ADDRESS_V1_V2));

        private final String value;

        Technology(String value) {
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
        public static Optional<Technology> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * Values of the vendor's <code>failureType</code> column.
     */
    @CodebookGenerated("flow-failures")
    public enum FailureType implements AttributeValue {
        /**
         * Written by the vendor as <code>CLIENT</code>.
         */
        CLIENT("CLIENT"),

        /**
         * Written by the vendor as <code>OTHER</code>.
         */
        OTHER("OTHER"),

        /**
         * Written by the vendor as <code>SERVICE_ERROR</code>.
         */
        SERVICE_ERROR("SERVICE_ERROR");

        private static final Map<String, FailureType> BY_VALUE = Map.ofEntries(
            Map.entry("CLIENT", CLIENT),
            Map.entry("OTHER", OTHER),
            Map.entry("SERVICE_ERROR", SERVICE_ERROR));

        private final String value;

        FailureType(String value) {
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
        public static Optional<FailureType> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }
}
