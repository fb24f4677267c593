package golden.shipped;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.NextAction;
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
 * The vendor's rows of {@link BiometricVisionFailure}, one per code in the document's
 * order, and the lookup from wire values to codes. Package-private: its codes'
 * accessors and lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog biometric-vision"
)
@CodebookGenerated("biometric-vision")
final class BiometricVisionFailureTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/BiometricVisionFailure_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/BiometricVisionFailure";

    /**
     * Row {@code i} holds the facts of {@code BiometricVisionFailure.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<List<Object>, Optional<BiometricVisionFailure>> INDEX = index();

    private BiometricVisionFailureTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<BiometricVisionFailure> lookup(String location, String technology,
            String failureType, String failureDetail) {
        Optional<BiometricVisionFailure.Technology> technologyValue =
                BiometricVisionFailure.Technology.fromValue(technology);
        if (technologyValue.isEmpty()) {
            return missed(location, technology, failureType, failureDetail);
        }
        Optional<BiometricVisionFailure.FailureType> failureTypeValue =
                BiometricVisionFailure.FailureType.fromValue(failureType);
        if (failureTypeValue.isEmpty()) {
            return missed(location, technology, failureType, failureDetail);
        }
        String failureDetailValue = failureDetail == null || failureDetail.isEmpty()
                || "None".equals(failureDetail) ? null : failureDetail;
        Optional<BiometricVisionFailure> found = INDEX.get(Arrays.asList(technologyValue.get(),
                failureTypeValue.get(), failureDetailValue));
        return found != null ? found : missed(location, technology, failureType, failureDetail);
    }

    private static Optional<BiometricVisionFailure> missed(String location, String technology,
            String failureType, String failureDetail) {
        if (location != null) {
            UnknownValueReports.code("biometric-vision", location,
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

    private static Map<List<Object>, Optional<BiometricVisionFailure>> index() {
        Map<List<Object>, Optional<BiometricVisionFailure>> index = new HashMap<>();
        BiometricVisionFailure[] codes = BiometricVisionFailure.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(Arrays.asList(row.technology(), row.failureType(),
                    row.failureDetail()), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("Liveness / SERVICE_ERROR / Could not send image to liveness service",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Failed to send image to the Liveness service (network or server error)",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Could not send image to liveness service",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Liveness / REQUEST_ERROR", BiometricVisionFailure.Group.LIVENESS,
                    "Request error (invalid format or corrupted data)", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.REQUEST_ERROR, null,
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("Liveness / CLIENT / Could not find face distance",
                    BiometricVisionFailure.Group.LIVENESS,
                    "System could not detect the distance to the face", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT, "Could not find face distance",
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, null),
            new Row("Liveness / CALC_RESULT / Closed eyes", BiometricVisionFailure.Group.LIVENESS,
                    "Eyes closed, verification not possible", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CALC_RESULT, "Closed eyes",
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, null),
            new Row("Liveness / CALC_RESULT / Low prediction",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Low probability of successful verification", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CALC_RESULT, "Low prediction",
                    CanonicalReason.LIVENESS_FAILED, null),
            new Row("Liveness / CALC_RESULT / Low overall prediction",
                    BiometricVisionFailure.Group.LIVENESS, "Overall score too low for confirmation",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CALC_RESULT, "Low overall prediction",
                    CanonicalReason.LIVENESS_FAILED, null),
            new Row("Liveness / OTHER / Incorrect image hash",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Image failed integrity check (possibly tampered or corrupted)", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.OTHER, "Incorrect image hash",
                    CanonicalReason.FRAUD_SUSPECTED, null),
            new Row("Liveness / CLIENT / Liveness result for this session already exists",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Liveness result already exists for this session", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Liveness result for this session already exists",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("Liveness / SERVICE_ERROR", BiometricVisionFailure.Group.LIVENESS,
                    "Internal service error", List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR, null,
                    CanonicalReason.VENDOR_SERVICE_ERROR, null),
            new Row("Liveness / CLIENT / Operation aborted by user",
                    BiometricVisionFailure.Group.LIVENESS, "User aborted the process", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT, "Operation aborted by user",
                    CanonicalReason.USER_ABORTED, null),
            new Row("Liveness / OTHER / Operation aborted by user",
                    BiometricVisionFailure.Group.LIVENESS, "Process stopped by external cause",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.OTHER, "Operation aborted by user",
                    CanonicalReason.USER_ABORTED, null),
            new Row("Liveness / CLIENT / No active or future subscription for technology",
                    BiometricVisionFailure.Group.LIVENESS,
                    "No active subscription for the technology", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "No active or future subscription for technology",
                    CanonicalReason.CONFIGURATION_ERROR, null),
            new Row("Liveness / CLIENT / Subscription does not have access to technology",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Subscription does not grant access to the technology", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Subscription does not have access to technology",
                    CanonicalReason.CONFIGURATION_ERROR, null),
            new Row("Liveness / CLIENT / Could not send image to liveness service",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Failed to send photo to the Liveness service", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Could not send image to liveness service",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Liveness / NO_CAM", BiometricVisionFailure.Group.LIVENESS,
                    "Camera not found or disabled", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.NO_CAM, null, CanonicalReason.DEVICE_PROBLEM,
                    null),
            new Row("Liveness / TIMEOUT", BiometricVisionFailure.Group.LIVENESS,
                    "Request timed out", List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.TIMEOUT, null,
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Liveness / CLIENT / Medical mask check failed",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Medical mask detected, verification failed", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT, "Medical mask check failed",
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, null),
            new Row("Liveness / CALC_RESULT / Mask Attack", BiometricVisionFailure.Group.LIVENESS,
                    "Mask attack detected", List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CALC_RESULT, "Mask Attack",
                    CanonicalReason.LIVENESS_ATTACK, null),
            new Row("Liveness / CLIENT / Illumination check failed",
                    BiometricVisionFailure.Group.LIVENESS,
                    "Poor lighting conditions (too dark/bright)", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT, "Illumination check failed",
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, null),
            new Row("Liveness / CLIENT / Glasses check failed",
                    BiometricVisionFailure.Group.LIVENESS,
                    "System could not properly process face with glasses", List.of(),
                    BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT, "Glasses check failed",
                    CanonicalReason.FACE_CAPTURE_CONDITIONS, null),
            new Row("Liveness / SERVICE_ERROR / Can`t connect to liveness service",
                    BiometricVisionFailure.Group.LIVENESS, "Unable to connect to Liveness service",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Can`t connect to liveness service", CanonicalReason.VENDOR_SERVICE_UNAVAILABLE,
                    null),
            new Row("Liveness / CLIENT / Maximum number of attempts has been used",
                    BiometricVisionFailure.Group.LIVENESS, "Maximum number of attempts reached",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Maximum number of attempts has been used", CanonicalReason.TOO_MANY_ATTEMPTS,
                    null),
            new Row("Liveness / DIFFERENT_FACES / Different faces in liveness detections",
                    BiometricVisionFailure.Group.LIVENESS, "Different faces detected across frames",
                    List.of(), BiometricVisionFailure.Technology.LIVENESS,
                    BiometricVisionFailure.FailureType.DIFFERENT_FACES,
                    "Different faces in liveness detections", CanonicalReason.LIVENESS_ATTACK,
                    NextAction.MANUAL_REVIEW),
            new Row("Face2Face / SERVICE_ERROR / Can`t connect to face2face service",
                    BiometricVisionFailure.Group.FACE2FACE, "Unable to connect to Face2Face",
                    List.of(), BiometricVisionFailure.Technology.FACE2FACE,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Can`t connect to face2face service",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Face2Face / CALC_RESULT / Different faces",
                    BiometricVisionFailure.Group.FACE2FACE,
                    "Faces on selfie and reference do not match", List.of(),
                    BiometricVisionFailure.Technology.FACE2FACE,
                    BiometricVisionFailure.FailureType.CALC_RESULT, "Different faces",
                    CanonicalReason.FACE_MISMATCH, null),
            new Row("Face2Face / SERVICE_ERROR / No face found",
                    BiometricVisionFailure.Group.FACE2FACE, "No face detected on the image",
                    List.of(), BiometricVisionFailure.Technology.FACE2FACE,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR, "No face found",
                    CanonicalReason.FACE_NOT_DETECTED, null),
            new Row("Document Recognition / NO_CAM",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Camera not found or disabled", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.NO_CAM, null, CanonicalReason.DEVICE_PROBLEM,
                    null),
            new Row("Document Recognition / CLIENT / Wrong document country",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document from unsupported country", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT, "Wrong document country",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("Document Recognition / OTHER / Wrong document country",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document country not supported", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.OTHER, "Wrong document country",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("Document Recognition / OTHER / Wrong document side",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Wrong side of document provided", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.OTHER, "Wrong document side",
                    CanonicalReason.DOCUMENT_SIDE_MISSING, null),
            new Row("Document Recognition / CLIENT / Wrong document side",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "User uploaded wrong side of document", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT, "Wrong document side",
                    CanonicalReason.DOCUMENT_SIDE_MISSING, null),
            new Row("Document Recognition / OTHER / Document type mismatch",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document type not supported", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.OTHER, "Document type mismatch",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("Document Recognition / TIMEOUT",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION, "Document upload timed out",
                    List.of(), BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.TIMEOUT, null,
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Document Recognition / CLIENT / Error while parsing document",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Error while processing document", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT, "Error while parsing document",
                    CanonicalReason.DOCUMENT_NOT_RECOGNIZED, null),
            new Row("Document Recognition / CLIENT / Document "
                    + "Recognition result for this session exists",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document recognition result already exists", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Document Recognition result for this session exists",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("Document Recognition / CLIENT / Document type mismatch",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document type does not match expected", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT, "Document type mismatch",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("Document Recognition / CLIENT / Operation aborted by user",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "User aborted document upload", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.CLIENT, "Operation aborted by user",
                    CanonicalReason.USER_ABORTED, null),
            new Row("Document Recognition / OTHER / Operation aborted by user",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Document recognition process aborted externally", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.OTHER, "Operation aborted by user",
                    CanonicalReason.USER_ABORTED, null),
            new Row("Document Recognition / SERVICE_ERROR / Error while parsing document",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION,
                    "Internal error while processing document", List.of(),
                    BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Error while parsing document", CanonicalReason.VENDOR_SERVICE_ERROR, null),
            new Row("Document Recognition / OTHER / Error while parsing document",
                    BiometricVisionFailure.Group.DOCUMENT_RECOGNITION, "Document parsing error",
                    List.of(), BiometricVisionFailure.Technology.DOCUMENT_RECOGNITION,
                    BiometricVisionFailure.FailureType.OTHER, "Error while parsing document",
                    CanonicalReason.VENDOR_SERVICE_ERROR, null),
            new Row("E-Document / REQUEST_ERROR", BiometricVisionFailure.Group.E_DOCUMENT,
                    "Error while forming request", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.REQUEST_ERROR, null,
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("E-Document / CLIENT / Subject not found in MCDB",
                    BiometricVisionFailure.Group.E_DOCUMENT, "User not found in MCDB", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT, "Subject not found in MCDB",
                    CanonicalReason.REGISTRY_SUBJECT_NOT_ENROLLED, null),
            new Row("E-Document / CLIENT / Document type is not the same as requested type",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Document type does not match requested type", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Document type is not the same as requested type",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("E-Document / CLIENT / Profile is not found",
                    BiometricVisionFailure.Group.E_DOCUMENT, "User profile not found", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT, "Profile is not found",
                    CanonicalReason.REGISTRY_NO_MATCH, null),
            new Row("E-Document / CLIENT / Document does not exist",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Document does not exist in the database", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT, "Document does not exist",
                    CanonicalReason.DOCUMENT_NOT_ACCEPTED, null),
            new Row("E-Document / CLIENT / Operation aborted by user",
                    BiometricVisionFailure.Group.E_DOCUMENT, "User aborted the process", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT, "Operation aborted by user",
                    CanonicalReason.USER_ABORTED, null),
            new Row("E-Document / SERVICE_ERROR / DL service not available now.",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Document issuing service temporarily unavailable", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "DL service not available now.", CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE,
                    null),
            new Row("E-Document / SERVICE_ERROR / Government service error",
                    BiometricVisionFailure.Group.E_DOCUMENT, "Error on government service side",
                    List.of(), BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR, "Government service error",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("E-Document / CLIENT / Too many requests to e-document service",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Too many requests to e-document service", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Too many requests to e-document service",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("E-Document / SERVICE_ERROR / E-Document service is not available now",
                    BiometricVisionFailure.Group.E_DOCUMENT, "E-Document service unavailable",
                    List.of(), BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "E-Document service is not available now",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("E-Document / SERVICE_ERROR / Could not send request to E-Document service",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Failed to send request to E-Document service", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Could not send request to E-Document service",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("E-Document / SERVICE_ERROR / Can`t connect to E-Document service",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Could not connect to E-Document service", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Can`t connect to E-Document service",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("E-Document / CLIENT / Access to document is not found or is not active",
                    BiometricVisionFailure.Group.E_DOCUMENT,
                    "Access to document not found or inactive", List.of(),
                    BiometricVisionFailure.Technology.E_DOCUMENT,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Access to document is not found or is not active",
                    CanonicalReason.DOCUMENTS_NOT_PROVIDED, null),
            new Row("Address v1 / v2 / SERVICE_ERROR / Can`t connect to address service",
                    BiometricVisionFailure.Group.ADDRESS, "Unable to connect to Address service",
                    List.of(), BiometricVisionFailure.Technology.ADDRESS,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Can`t connect to address service",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("Address v1 / v2 / CLIENT / TIMEOUT", BiometricVisionFailure.Group.ADDRESS,
                    "Request timed out", List.of(), BiometricVisionFailure.Technology.ADDRESS,
                    BiometricVisionFailure.FailureType.CLIENT, "TIMEOUT",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("Address v1 / v2 / CLIENT / INVALID", BiometricVisionFailure.Group.ADDRESS,
                    "Invalid input data", List.of(), BiometricVisionFailure.Technology.ADDRESS,
                    BiometricVisionFailure.FailureType.CLIENT, "INVALID",
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("Address v1 / v2 / CLIENT / NOT_FOUND", BiometricVisionFailure.Group.ADDRESS,
                    "Address not found in database", List.of(),
                    BiometricVisionFailure.Technology.ADDRESS,
                    BiometricVisionFailure.FailureType.CLIENT, "NOT_FOUND",
                    CanonicalReason.ADDRESS_NOT_VERIFIED, null),
            new Row("Address v1 / v2 / SERVICE_ERROR", BiometricVisionFailure.Group.ADDRESS,
                    "Internal service error", List.of(), BiometricVisionFailure.Technology.ADDRESS,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR, null,
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("GBDFL v1 / v2 / CLIENT / Person not found, invalid IIN or IIN not found",
                    BiometricVisionFailure.Group.GBDFL, "User with given IIN not found", List.of(),
                    BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Person not found, invalid IIN or IIN not found",
                    CanonicalReason.REGISTRY_NO_MATCH, null),
            new Row("GBDFL v1 / v2 / SERVICE_ERROR / A server error occurred.",
                    BiometricVisionFailure.Group.GBDFL, "Internal GBDFL service error", List.of(),
                    BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR, "A server error occurred.",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("GBDFL v1 / v2 / CLIENT / INVALID", BiometricVisionFailure.Group.GBDFL,
                    "Invalid input data", List.of(), BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.CLIENT, "INVALID",
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("GBDFL v1 / v2 / CLIENT / NOT_FOUND", BiometricVisionFailure.Group.GBDFL,
                    "Data for IIN not found", List.of(), BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.CLIENT, "NOT_FOUND",
                    CanonicalReason.REGISTRY_NO_MATCH, null),
            new Row("GBDFL v1 / v2 / REQUEST_ERROR", BiometricVisionFailure.Group.GBDFL,
                    "Request error", List.of(), BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.REQUEST_ERROR, null,
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("GBDFL v1 / v2 / CLIENT / GBDFL token already received",
                    BiometricVisionFailure.Group.GBDFL, "GBDFL token already received", List.of(),
                    BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.CLIENT, "GBDFL token already received",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("GBDFL v1 / v2 / OTHER / Service error", BiometricVisionFailure.Group.GBDFL,
                    "Other service error", List.of(), BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.OTHER, "Service error",
                    CanonicalReason.REGISTRY_SERVICE_UNAVAILABLE, null),
            new Row("GBDFL v1 / v2 / REQUEST_ERROR / Unexpected error",
                    BiometricVisionFailure.Group.GBDFL, "Unexpected error", List.of(),
                    BiometricVisionFailure.Technology.GBDFL,
                    BiometricVisionFailure.FailureType.REQUEST_ERROR, "Unexpected error",
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("Face2Face (NPCK) / CLIENT / Credentials not provided",
                    BiometricVisionFailure.Group.FACE2FACE_NPCK, "Credentials not provided",
                    List.of(), BiometricVisionFailure.Technology.FACE2FACE_NPCK,
                    BiometricVisionFailure.FailureType.CLIENT, "Credentials not provided",
                    CanonicalReason.AUTHENTICATION_FAILED, null),
            new Row("Face2Face (NPCK) / SERVICE_ERROR / F2F NPCK service unavailable",
                    BiometricVisionFailure.Group.FACE2FACE_NPCK,
                    "Face2Face (NPCK) service unavailable", List.of(),
                    BiometricVisionFailure.Technology.FACE2FACE_NPCK,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "F2F NPCK service unavailable", CanonicalReason.VENDOR_SERVICE_UNAVAILABLE,
                    null),
            new Row("Kz-Info / SERVICE_ERROR / Exec proc info request failed",
                    BiometricVisionFailure.Group.KZ_INFO,
                    "Error executing request in Kz-Info service", List.of(),
                    BiometricVisionFailure.Technology.KZ_INFO,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Exec proc info request failed", CanonicalReason.VENDOR_SERVICE_ERROR, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital Signature invalid input",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Invalid data for Digital Signature (incorrect input or format mismatch)",
                    List.of(), BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT, "Digital Signature invalid input",
                    CanonicalReason.INVALID_REQUEST, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital "
                    + "Signature Identity card does not exist",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Identity card not found in Digital Signature database", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Identity card does not exist",
                    CanonicalReason.REGISTRY_NO_MATCH, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital "
                    + "Signature Organization Client does not exist",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Organization client for Digital Signature not found", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Organization Client does not exist",
                    CanonicalReason.CONFIGURATION_ERROR, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital Signature Client does not exist",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Digital Signature client not found", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Client does not exist", CanonicalReason.CONFIGURATION_ERROR,
                    null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital "
                    + "Signature Organization does not exist",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Organization for Digital Signature not found", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Organization does not exist",
                    CanonicalReason.CONFIGURATION_ERROR, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital Signature "
                    + "Identifier result for this session does not exist",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "DS Identifier result does not exist for this session", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Identifier result for this session does not exist",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("DS Identifier / DS Signer / CLIENT / Digital Signature "
                    + "Identifier result for this session already exists",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "DS Identifier result already exists for this session", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Digital Signature Identifier result for this session already exists",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("DS Identifier / DS Signer / CLIENT / Failure reason for "
                    + "this Digital Signature Identifier result already exists",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Failure reason for DS Identifier already logged for this session", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Failure reason for this Digital Signature Identifier result already exists",
                    CanonicalReason.SUBMISSION_STATE_CONFLICT, null),
            new Row("DS Identifier / DS Signer / CLIENT / Client does not "
                    + "have access to Digital Signature Identifier technology",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Client does not have access to DS Identifier technology", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.CLIENT,
                    "Client does not have access to Digital Signature Identifier technology",
                    CanonicalReason.CONFIGURATION_ERROR, null),
            new Row("DS Identifier / DS Signer / SERVICE_ERROR / "
                    + "Cannot connect to Digital Signature service",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Could not connect to Digital Signature service", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Cannot connect to Digital Signature service",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("DS Identifier / DS Signer / SERVICE_ERROR / "
                    + "Digital Signature service is not available now",
                    BiometricVisionFailure.Group.DS_IDENTIFIER_SIGNER,
                    "Digital Signature service temporarily unavailable", List.of(),
                    BiometricVisionFailure.Technology.DS_IDENTIFIER_SIGNER,
                    BiometricVisionFailure.FailureType.SERVICE_ERROR,
                    "Digital Signature service is not available now",
                    CanonicalReason.VENDOR_SERVICE_UNAVAILABLE, null),
            new Row("Flow / EXPIRED / Flow session was expired", BiometricVisionFailure.Group.FLOW,
                    "Flow session expired (user did not complete the KYC process in time)",
                    List.of(), BiometricVisionFailure.Technology.FLOW,
                    BiometricVisionFailure.FailureType.EXPIRED, "Flow session was expired",
                    CanonicalReason.SESSION_EXPIRED, null),
            new Row("Flow / OTHER / Any", BiometricVisionFailure.Group.FLOW, "Unexpected error",
                    List.of(), BiometricVisionFailure.Technology.FLOW,
                    BiometricVisionFailure.FailureType.OTHER, "Any",
                    CanonicalReason.VENDOR_SERVICE_ERROR, null),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("biometric-vision")
    record Row(String code, BiometricVisionFailure.Group group, String description,
            List<VendorMessage> messages, BiometricVisionFailure.Technology technology,
            BiometricVisionFailure.FailureType failureType, String failureDetail,
            CanonicalReason canonicalReason, NextAction actionOverride) {
    }

    /**
     * The {@link BiometricVisionOutcome.TechnologyFailureCode} of each catalog code it stands for.
     */
    @CodebookGenerated("biometric-vision")
    static final class TechnologyFailureIndex {
        static final Map<BiometricVisionFailure, BiometricVisionOutcome.TechnologyFailureCode> BY_CODE = index();

        private TechnologyFailureIndex() {
        }

        private static Map<BiometricVisionFailure, BiometricVisionOutcome.TechnologyFailureCode> index(
                ) {
            Map<BiometricVisionFailure, BiometricVisionOutcome.TechnologyFailureCode> index = new HashMap<>();
            for (BiometricVisionOutcome.TechnologyFailureCode code :
                    BiometricVisionOutcome.TechnologyFailureCode.values()) {
                index.put(code.asBiometricVisionFailure(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }

    /**
     * The {@link BiometricVisionOutcome.FlowFailureCode} of each catalog code it stands for.
     */
    @CodebookGenerated("biometric-vision")
    static final class FlowFailureIndex {
        static final Map<BiometricVisionFailure, BiometricVisionOutcome.FlowFailureCode> BY_CODE = index();

        private FlowFailureIndex() {
        }

        private static Map<BiometricVisionFailure, BiometricVisionOutcome.FlowFailureCode> index() {
            Map<BiometricVisionFailure, BiometricVisionOutcome.FlowFailureCode> index = new HashMap<>();
            for (BiometricVisionOutcome.FlowFailureCode code :
                    BiometricVisionOutcome.FlowFailureCode.values()) {
                index.put(code.asBiometricVisionFailure(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }
}
