package golden.shipped;

import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.Finding;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.internal.StatusReading;
import io.codebook.runtime.internal.UnknownValueReports;
import io.codebook.runtime.internal.WirePointer;
import io.codebook.runtime.internal.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Reads ID Analyzer's bodies into {@link IdAnalyzerResponse} as the catalog spec
 * describes them. Package-private: use {@link IdAnalyzerResponse#read} or
 * {@link IdAnalyzerResponse#READER}.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog id-analyzer"
)
@CodebookGenerated("id-analyzer")
final class IdAnalyzerResponseReader implements ResponseReader<IdAnalyzerResponse> {
    /**
     * {@code ""} is a value like any other; only a missing key or {@code null} is not
     * sent.
     */
    private static final boolean EMPTY_IS_ABSENT = false;

    private static final WirePointer ERROR = WirePointer.parse("/error");

    private static final WirePointer ERROR_CODE = WirePointer.parse("/error/code");

    private static final WirePointer ERROR_MESSAGE = WirePointer.parse("/error/message");

    private static final WirePointer ERROR_STATUS = WirePointer.parse("/error/status");

    private static final WirePointer DECISION = WirePointer.parse("/decision");

    private static final WirePointer WARNING_EACH = WirePointer.parse("/warning/*");

    private static final WirePointer CODE = WirePointer.parse("/code");

    private static final WirePointer SEVERITY = WirePointer.parse("/severity");

    private static final WirePointer DESCRIPTION = WirePointer.parse("/description");

    private static final WirePointer CONFIDENCE = WirePointer.parse("/confidence");

    @Override
    public CatalogInfo catalog() {
        return IdAnalyzerWarning.CATALOG;
    }

    @Override
    public List<String> context() {
        return List.of();
    }

    @Override
    public boolean recognises(Object tree) {
        return matches(tree);
    }

    @Override
    public IdAnalyzerResponse read(Object tree, Map<String, ?> context) {
        return read(tree);
    }

    /**
     * Whether the body has one of the documented shapes.
     */
    static boolean matches(Object tree) {
        return isErrorBody(tree) || isTransaction(tree);
    }

    /**
     * The record of the first shape the body has, in the spec's order.
     */
    static IdAnalyzerResponse read(Object tree) {
        UnknownValueReports.startReading();
        try {
            if (isErrorBody(tree)) {
                return errorBody(tree);
            }
            if (isTransaction(tree)) {
                return transaction(tree);
            }
            return new IdAnalyzerResponse.Unrecognized(tree);
        } finally {
            UnknownValueReports.endReading();
        }
    }

    /**
     * Whether the body is of shape <code>error</code>.
     */
    private static boolean isErrorBody(Object tree) {
        return WireValues.present(ERROR.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Whether the body is of shape <code>transaction</code>.
     */
    private static boolean isTransaction(Object tree) {
        return WireValues.present(DECISION.first(tree, false), EMPTY_IS_ABSENT);
    }

    /**
     * Reads a body of shape <code>error</code>.
     */
    private static IdAnalyzerResponse.ErrorBody errorBody(Object tree) {
        StatusReading statuses = new StatusReading("id-analyzer");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        WireValues.put(details, "code", WireValues.text(ERROR_CODE.first(tree, false),
                EMPTY_IS_ABSENT));
        WireValues.put(details, "message", WireValues.text(ERROR_MESSAGE.first(tree, false),
                EMPTY_IS_ABSENT));
        WireValues.put(details, "status", WireValues.text(ERROR_STATUS.first(tree, false),
                EMPTY_IS_ABSENT));
        return new IdAnalyzerResponse.ErrorBody(Verdict.ERROR, findings, statuses.sent(), details,
                OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>transaction</code>.
     */
    private static IdAnalyzerResponse.Transaction transaction(Object tree) {
        StatusReading statuses = new StatusReading("id-analyzer");
        statuses.read("/decision", WireValues.text(DECISION.first(tree, false),
                EMPTY_IS_ABSENT, WireValues.Case.LOWER), IdAnalyzerResponseReader::decision);
        List<Finding> findings = new ArrayList<>();
        List<IdAnalyzerOutcome.Warning> warnings = new ArrayList<>();
        for (WirePointer.Match element : WARNING_EACH.all(tree, false)) {
            String codeSent = WireValues.text(CODE.first(element.value(), false), EMPTY_IS_ABSENT);
            String severitySent = WireValues.text(SEVERITY.first(element.value(), false),
                    EMPTY_IS_ABSENT);
            String decisionSent = WireValues.text(DECISION.first(element.value(), false),
                    EMPTY_IS_ABSENT);
            if (codeSent == null) {
                // the element carries no code
                continue;
            }
            IdAnalyzerOutcome.Warning warning = IdAnalyzerOutcome.warning(codeSent, severitySent,
                    decisionSent);
            warnings.add(warning);
            Map<String, String> companions = new LinkedHashMap<>();
            WireValues.put(companions, "description",
                    WireValues.text(DESCRIPTION.first(element.value(), false), EMPTY_IS_ABSENT));
            WireValues.put(companions, "confidence",
                    WireValues.text(CONFIDENCE.first(element.value(), false), EMPTY_IS_ABSENT));
            WireValues.put(companions, "severity", severitySent);
            WireValues.put(companions, "decision", decisionSent);
            findings.add(UnknownValueReports.checked( new Finding("warning", warning.code(),
                    warning.decision().map(IdAnalyzerOutcome.Decision::action), false, companions),
                    "id-analyzer", "/warning/*/code"));
            if (warning.severity().isEmpty()) {
                UnknownValueReports.read("id-analyzer", "severity", "/warning/*/severity",
                        severitySent);
            }
            if (warning.decision().isEmpty()) {
                UnknownValueReports.read("id-analyzer", "decision", "/warning/*/decision",
                        decisionSent);
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new IdAnalyzerResponse.Transaction(statuses.verdict(), warnings, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * The verdict of a value of <code>decision</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The decision of the whole transaction (decision) or of one warning
     * (warning[].decision): reject when the warnings' reject score reaches the KYC
     * profile's threshold, else review when their review score does, else accept. Sent in
     * lower case.
     */
    private static Optional<Verdict> decision(String value) {
        return switch (value) {
            case "accept" -> Optional.of(Verdict.APPROVED);
            case "review" -> Optional.of(Verdict.REVIEW);
            case "reject" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }
}
