package golden.specs;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.UnknownValueReports;
import io.codebook.runtime.internal.WireValues;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The vendor's rows of {@link FlowFailuresCode}, one per code in the document's
 * order, and the lookup from wire values to codes. Package-private: its codes'
 * accessors and lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog flow-failures"
)
@CodebookGenerated("flow-failures")
final class FlowFailuresCodeTable {
    /**
     * Row {@code i} holds the facts of {@code FlowFailuresCode.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<List<Object>, Optional<FlowFailuresCode>> INDEX = index();

    private FlowFailuresCodeTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<FlowFailuresCode> lookup(String location, String technology, String failureType,
            String failureDetail) {
        Optional<FlowFailuresCode.Technology> technologyValue =
                FlowFailuresCode.Technology.fromValue(technology);
        if (technologyValue.isEmpty()) {
            return missed(location, technology, failureType, failureDetail);
        }
        Optional<FlowFailuresCode.FailureType> failureTypeValue =
                FlowFailuresCode.FailureType.fromValue(failureType);
        if (failureTypeValue.isEmpty()) {
            return missed(location, technology, failureType, failureDetail);
        }
        String failureDetailValue = failureDetail == null || failureDetail.isEmpty()
                || "None".equals(failureDetail) ? null : failureDetail;
        Optional<FlowFailuresCode> found = INDEX.get(Arrays.asList(technologyValue.get(),
                failureTypeValue.get(), failureDetailValue));
        return found != null ? found : missed(location, technology, failureType, failureDetail);
    }

    private static Optional<FlowFailuresCode> missed(String location, String technology,
            String failureType, String failureDetail) {
        if (location != null) {
            UnknownValueReports.code("flow-failures", location,
                    sent(technology, failureType, failureDetail));
        }
        return Optional.empty();
    }

    static Map<String, String> sent(String technology, String failureType, String failureDetail) {
        Map<String, String> sent = new LinkedHashMap<>();
        WireValues.put(sent, "technology", technology);
        WireValues.put(sent, "failureType", failureType);
        WireValues.put(sent, "failureDetail", failureDetail);
        return sent;
    }

    private static Map<List<Object>, Optional<FlowFailuresCode>> index() {
        Map<List<Object>, Optional<FlowFailuresCode>> index = new HashMap<>();
        FlowFailuresCode[] codes = FlowFailuresCode.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(Arrays.asList(row.technology(), row.failureType(),
                    row.failureDetail()), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("Liveness / CLIENT / Operation aborted by user",
                    FlowFailuresCode.Group.LIVENESS, "User aborted the process", List.of(),
                    FlowFailuresCode.Technology.LIVENESS, FlowFailuresCode.FailureType.CLIENT,
                    "Operation aborted by user"),
            new Row("Liveness / OTHER / Operation aborted by user", FlowFailuresCode.Group.LIVENESS,
                    "Process stopped by external cause", List.of(),
                    FlowFailuresCode.Technology.LIVENESS, FlowFailuresCode.FailureType.OTHER,
                    "Operation aborted by user"),
            new Row("Liveness / SERVICE_ERROR", FlowFailuresCode.Group.LIVENESS,
                    "Internal service error", List.of(), FlowFailuresCode.Technology.LIVENESS,
                    FlowFailuresCode.FailureType.SERVICE_ERROR, null),
            new Row("Address v1 / v2 / SERVICE_ERROR", FlowFailuresCode.Group.ADDRESS,
                    "Internal service error", List.of(), FlowFailuresCode.Technology.ADDRESS_V1_V2,
                    FlowFailuresCode.FailureType.SERVICE_ERROR, null),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("flow-failures")
    record Row(String code, FlowFailuresCode.Group group, String description,
            List<VendorMessage> messages, FlowFailuresCode.Technology technology,
            FlowFailuresCode.FailureType failureType, String failureDetail) {
    }
}
