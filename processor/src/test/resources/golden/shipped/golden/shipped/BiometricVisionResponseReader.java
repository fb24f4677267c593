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
 * Reads Biometric.Vision's bodies into {@link BiometricVisionResponse} as the catalog
 * spec describes them. Package-private: use {@link BiometricVisionResponse#read} or
 * {@link BiometricVisionResponse#READER}.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog biometric-vision"
)
@CodebookGenerated("biometric-vision")
final class BiometricVisionResponseReader implements ResponseReader<BiometricVisionResponse> {
    /**
     * The vendor sends {@code ""} for a value it does not have, so {@code ""} counts as
     * not sent.
     */
    private static final boolean EMPTY_IS_ABSENT = true;

    private static final WirePointer EVENT = WirePointer.parse("/event");

    private static final WirePointer DATA_SESSION_RESULT_STATUS = 
            WirePointer.parse("/data/session_result/status");

    private static final WirePointer DATA_SESSION_RESULT_FLOW_SESSION_RESULT = 
            WirePointer.parse("/data/session_result/flow_session_result");

    private static final WirePointer SUCCESS = WirePointer.parse("/success");

    private static final WirePointer DATA_SESSION_RESULT_TECHNOLOGY_RESULT = 
            WirePointer.parse("/data/session_result/<technology>_result");

    private static final WirePointer FAILURE_REASON_TYPE = 
            WirePointer.parse("/failure_reason/type");

    private static final WirePointer FAILURE_REASON_DETAIL = 
            WirePointer.parse("/failure_reason/detail");

    private static final WirePointer DATA_TECHNOLOGY_RESULT_RESULT = 
            WirePointer.parse("/data/<technology>_result/result");

    private static final WirePointer DATA_TECHNOLOGY_RESULT = 
            WirePointer.parse("/data/<technology>_result");

    @Override
    public CatalogInfo catalog() {
        return BiometricVisionFailure.CATALOG;
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
    public BiometricVisionResponse read(Object tree, Map<String, ?> context) {
        return read(tree);
    }

    /**
     * Whether the body has one of the documented shapes.
     */
    static boolean matches(Object tree) {
        return isFlowEnd(tree) || isTechnologyEnd(tree) || isStarted(tree);
    }

    /**
     * The record of the first shape the body has, in the spec's order.
     */
    static BiometricVisionResponse read(Object tree) {
        UnknownValueReports.startReading();
        try {
            if (isFlowEnd(tree)) {
                return flowEnd(tree);
            }
            if (isTechnologyEnd(tree)) {
                return technologyEnd(tree);
            }
            if (isStarted(tree)) {
                return started(tree);
            }
            return new BiometricVisionResponse.Unrecognized(tree);
        } finally {
            UnknownValueReports.endReading();
        }
    }

    /**
     * Whether the body is of shape <code>flow-end</code>.
     */
    private static boolean isFlowEnd(Object tree) {
        return "flow.end".equals( WireValues.text(EVENT.first(tree, false), EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>technology-end</code>.
     */
    private static boolean isTechnologyEnd(Object tree) {
        return "technology.end".equals( WireValues.text(EVENT.first(tree, false), EMPTY_IS_ABSENT));
    }

    /**
     * Whether the body is of shape <code>started</code>.
     */
    private static boolean isStarted(Object tree) {
        return WireValues.oneOf(WireValues.text(EVENT.first(tree, false), EMPTY_IS_ABSENT),
                "flow.start", "technology.start");
    }

    /**
     * Reads a body of shape <code>flow-end</code>.
     */
    private static BiometricVisionResponse.FlowEnd flowEnd(Object tree) {
        StatusReading statuses = new StatusReading("biometric-vision");
        statuses.read("/data/session_result/status", WireValues.text(
                DATA_SESSION_RESULT_STATUS.first(tree, false), EMPTY_IS_ABSENT),
                BiometricVisionResponseReader::sessionStatus);
        statuses.read("/data/session_result/flow_session_result", WireValues.text(
                DATA_SESSION_RESULT_FLOW_SESSION_RESULT.first(tree, false), EMPTY_IS_ABSENT),
                BiometricVisionResponseReader::passed);
        statuses.read("/success", WireValues.text(SUCCESS.first(tree, false), EMPTY_IS_ABSENT),
                BiometricVisionResponseReader::delivered);
        List<Finding> findings = new ArrayList<>();
        List<BiometricVisionOutcome.TechnologyFailure> technologyFailures = new ArrayList<>();
        for (WirePointer.Match element : DATA_SESSION_RESULT_TECHNOLOGY_RESULT.all(tree, false)) {
            String technologySent = switch (element.capture("technology")) {
                case "liveness" -> "Liveness";
                case "face2face" -> "Face2Face";
                case "document_recognition" -> "Document Recognition";
                case "edocument" -> "E-Document";
                default -> element.capture("technology");
            };
            String failureTypeSent = WireValues.text(
                    FAILURE_REASON_TYPE.first(element.value(), false), EMPTY_IS_ABSENT);
            String failureDetailSent = WireValues.text(
                    FAILURE_REASON_DETAIL.first(element.value(), false), EMPTY_IS_ABSENT);
            if (failureTypeSent == null && failureDetailSent == null) {
                // the element carries no code
                continue;
            }
            BiometricVisionOutcome.TechnologyFailure technologyFailure =
                    BiometricVisionOutcome.technologyFailure(technologySent, failureTypeSent,
                    failureDetailSent);
            technologyFailures.add(technologyFailure);
            findings.add(UnknownValueReports.checked(
                    new Finding("technology-failure", technologyFailure.code(),
                    Optional.empty(), false, Map.of()), "biometric-vision",
                    "/data/session_result/<technology>_result"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new BiometricVisionResponse.FlowEnd(statuses.verdict(), technologyFailures, findings,
                statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>technology-end</code>.
     */
    private static BiometricVisionResponse.TechnologyEnd technologyEnd(Object tree) {
        StatusReading statuses = new StatusReading("biometric-vision");
        statuses.readAll("/data/<technology>_result/result", WireValues.texts(
                DATA_TECHNOLOGY_RESULT_RESULT.all(tree, false), EMPTY_IS_ABSENT,
                WireValues.Case.EXACT), BiometricVisionResponseReader::passed);
        statuses.read("/success", WireValues.text(SUCCESS.first(tree, false), EMPTY_IS_ABSENT),
                BiometricVisionResponseReader::delivered);
        List<Finding> findings = new ArrayList<>();
        List<BiometricVisionOutcome.TechnologyFailure> technologyFailures = new ArrayList<>();
        for (WirePointer.Match element : DATA_TECHNOLOGY_RESULT.all(tree, false)) {
            String technologySent = switch (element.capture("technology")) {
                case "liveness" -> "Liveness";
                case "face2face" -> "Face2Face";
                case "document_recognition" -> "Document Recognition";
                case "edocument" -> "E-Document";
                default -> element.capture("technology");
            };
            String failureTypeSent = WireValues.text(
                    FAILURE_REASON_TYPE.first(element.value(), false), EMPTY_IS_ABSENT);
            String failureDetailSent = WireValues.text(
                    FAILURE_REASON_DETAIL.first(element.value(), false), EMPTY_IS_ABSENT);
            if (failureTypeSent == null && failureDetailSent == null) {
                // the element carries no code
                continue;
            }
            BiometricVisionOutcome.TechnologyFailure technologyFailure =
                    BiometricVisionOutcome.technologyFailure(technologySent, failureTypeSent,
                    failureDetailSent);
            technologyFailures.add(technologyFailure);
            findings.add(UnknownValueReports.checked(
                    new Finding("technology-failure", technologyFailure.code(),
                    Optional.empty(), false, Map.of()), "biometric-vision",
                    "/data/<technology>_result"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        return new BiometricVisionResponse.TechnologyEnd(statuses.verdict(), technologyFailures,
                findings, statuses.sent(), details, OptionalInt.empty(), tree);
    }

    /**
     * Reads a body of shape <code>started</code>.
     */
    private static BiometricVisionResponse.Started started(Object tree) {
        StatusReading statuses = new StatusReading("biometric-vision");
        List<Finding> findings = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        return new BiometricVisionResponse.Started(Verdict.IN_PROGRESS, findings, statuses.sent(),
                details, OptionalInt.empty(), tree);
    }

    /**
     * The verdict of a value of <code>sessionStatus</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The status of the flow session (data.session_result.status): FINISHED when the
     * flow completed, whether or not it passed (flow_session_result says), FAILED when it
     * failed.
     */
    private static Optional<Verdict> sessionStatus(String value) {
        return switch (value) {
            case "FINISHED" -> Optional.empty();
            case "FAILED" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>passed</code>: empty where the value does not decide
     * on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>A result flag: flow_session_result for the whole flow, result for one technology
     * ("Overall verification result").
     */
    private static Optional<Verdict> passed(String value) {
        return switch (value) {
            case "true" -> Optional.of(Verdict.APPROVED);
            case "false" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }

    /**
     * The verdict of a value of <code>delivered</code>: empty where the value does not
     * decide on its own, {@code UNKNOWN} for one the spec does not document.
     *
     * <p>The webhook envelope's success flag: false on a failed flow or technology.
     */
    private static Optional<Verdict> delivered(String value) {
        return switch (value) {
            case "true" -> Optional.empty();
            case "false" -> Optional.of(Verdict.DECLINED);
            default -> Optional.of(Verdict.UNKNOWN);
        };
    }
}
