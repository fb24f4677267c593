package golden.shipped;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.LocalizedTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Biometric.Vision: Failure Reasons, one constant per documented code.
 *
 * <p>This page lists the possible failure reasons that may occur during the execution of a flow and
 * its underlying technologies. A flow is a sequence of steps consisting of multiple technologies.
 * An error may occur either at the level of the entire flow or within a specific technology. The
 * tables below provide error codes and descriptions returned when a verification attempt fails.
 * These failure reasons can be used for displaying messages to users, debugging integrations, or
 * building analytics on rejections.
 *
 * <p>Transcribed from <code>000_ea81dab1ab23f39e.txt</code> by the catalog spec
 * <code>biometric-vision</code>.
 *
 * <p>Note: The vendor is not named on the page (a Kazakhstan KYC flow platform); "Biometric.Vision"
 * is the name Codebook uses for it.
 *
 * <p>Note: The introduction's last three sentences are bullet points on the page; they are joined
 * here as sentences.
 *
 * <p>Note: Every table has the columns "Failure Type", "Failure Detail" and "Description"; the
 * capture lost the table borders, so the failure detail and the description were split by meaning.
 *
 * <p>Note: Section headings end with a "#" permalink mark in the capture; the mark is not part of
 * the titles.
 *
 * <p>Note: A failure detail printed as "None" means the failure has no detail; one row of "Address
 * v1 / v2" (SERVICE_ERROR, "Internal service error") prints no detail at all.
 *
 * <p>Note: The same failure detail may appear in one section under two failure types with different
 * descriptions (e.g. "Operation aborted by user" as CLIENT, the user aborted, and as OTHER, stopped
 * by an external cause); each row is a separate code.
 *
 * <p>Note: The page writes "Can`t" with a backtick for the apostrophe in several details; kept
 * verbatim.
 *
 * <p>Note: "Address v1 / v2" and "GBDFL v1 / v2" cover two versions of each technology; the page
 * does not say which rows belong to which version.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog biometric-vision"
)
@CodebookGenerated("biometric-vision")
public enum BiometricVisionFailure implements MappedCode, LocalizedCode {
    /**
     * Failed to send image to the Liveness service (network or server error)
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Could not send image to liveness service</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    LIVENESS_SERVICE_ERROR_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE,

    /**
     * Request error (invalid format or corrupted data)
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#REQUEST_ERROR};
     * canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Detail printed as "None".
     */
    LIVENESS_REQUEST_ERROR,

    /**
     * System could not detect the distance to the face
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Could not find face distance</code>; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    LIVENESS_CLIENT_COULD_NOT_FIND_FACE_DISTANCE,

    /**
     * Eyes closed, verification not possible
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CALC_RESULT};
     * failureDetail <code>Closed eyes</code>; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    LIVENESS_CALC_RESULT_CLOSED_EYES,

    /**
     * Low probability of successful verification
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CALC_RESULT};
     * failureDetail <code>Low prediction</code>; canonicalReason
     * {@link CanonicalReason#LIVENESS_FAILED}.
     */
    LIVENESS_CALC_RESULT_LOW_PREDICTION,

    /**
     * Overall score too low for confirmation
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CALC_RESULT};
     * failureDetail <code>Low overall prediction</code>; canonicalReason
     * {@link CanonicalReason#LIVENESS_FAILED}.
     */
    LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION,

    /**
     * Image failed integrity check (possibly tampered or corrupted)
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#OTHER};
     * failureDetail <code>Incorrect image hash</code>; canonicalReason
     * {@link CanonicalReason#FRAUD_SUSPECTED}.
     */
    LIVENESS_OTHER_INCORRECT_IMAGE_HASH,

    /**
     * Liveness result already exists for this session
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Liveness result for this session already exists</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    LIVENESS_CLIENT_LIVENESS_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS,

    /**
     * Internal service error
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#SERVICE_ERROR};
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     *
     * <p>Note: Detail printed as "None".
     */
    LIVENESS_SERVICE_ERROR,

    /**
     * User aborted the process
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Operation aborted by user</code>; canonicalReason
     * {@link CanonicalReason#USER_ABORTED}.
     */
    LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER,

    /**
     * Process stopped by external cause
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#OTHER};
     * failureDetail <code>Operation aborted by user</code>; canonicalReason
     * {@link CanonicalReason#USER_ABORTED}.
     *
     * <p>Note: Mapped to USER_ABORTED: stopped by an external cause, the session is over and there
     * is nothing for a person to review; its text ("the verification was stopped before it was
     * finished, please start it again") fits whoever stopped it, and its action restarts.
     */
    LIVENESS_OTHER_OPERATION_ABORTED_BY_USER,

    /**
     * No active subscription for the technology
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>No active or future subscription for technology</code>; canonicalReason
     * {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    LIVENESS_CLIENT_NO_ACTIVE_OR_FUTURE_SUBSCRIPTION_FOR_TECHNOLOGY,

    /**
     * Subscription does not grant access to the technology
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Subscription does not have access to technology</code>; canonicalReason
     * {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    LIVENESS_CLIENT_SUBSCRIPTION_DOES_NOT_HAVE_ACCESS_TO_TECHNOLOGY,

    /**
     * Failed to send photo to the Liveness service
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Could not send image to liveness service</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    LIVENESS_CLIENT_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE,

    /**
     * Camera not found or disabled
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#NO_CAM};
     * canonicalReason {@link CanonicalReason#DEVICE_PROBLEM}.
     *
     * <p>Note: Detail printed as "None".
     */
    LIVENESS_NO_CAM,

    /**
     * Request timed out
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#TIMEOUT};
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Detail printed as "None".
     */
    LIVENESS_TIMEOUT,

    /**
     * Medical mask detected, verification failed
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Medical mask check failed</code>; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    LIVENESS_CLIENT_MEDICAL_MASK_CHECK_FAILED,

    /**
     * Mask attack detected
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CALC_RESULT};
     * failureDetail <code>Mask Attack</code>; canonicalReason
     * {@link CanonicalReason#LIVENESS_ATTACK}.
     *
     * <p>Note: Mapped to LIVENESS_ATTACK: a detected mask attack is a presentation attack, never a
     * capture to coach; this vendor has no attempt limit.
     */
    LIVENESS_CALC_RESULT_MASK_ATTACK,

    /**
     * Poor lighting conditions (too dark/bright)
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Illumination check failed</code>; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    LIVENESS_CLIENT_ILLUMINATION_CHECK_FAILED,

    /**
     * System could not properly process face with glasses
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Glasses check failed</code>; canonicalReason
     * {@link CanonicalReason#FACE_CAPTURE_CONDITIONS}.
     */
    LIVENESS_CLIENT_GLASSES_CHECK_FAILED,

    /**
     * Unable to connect to Liveness service
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Can`t connect to liveness service</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE,

    /**
     * Maximum number of attempts reached
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Maximum number of attempts has been used</code>; canonicalReason
     * {@link CanonicalReason#TOO_MANY_ATTEMPTS}.
     */
    LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED,

    /**
     * Different faces detected across frames
     * <p>technology {@link Technology#LIVENESS}; failureType {@link FailureType#DIFFERENT_FACES};
     * failureDetail <code>Different faces in liveness detections</code>; canonicalReason
     * {@link CanonicalReason#LIVENESS_ATTACK}; actionOverride {@link NextAction#MANUAL_REVIEW}.
     *
     * <p>Note: Mapped to LIVENESS_ATTACK with action manual-review: different faces across the
     * frames of one session is the face-swap pattern, but someone walking behind the user is the
     * honest case, so a person looks instead of rejecting.
     */
    LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS,

    /**
     * Unable to connect to Face2Face
     * <p>technology {@link Technology#FACE2FACE}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Can`t connect to face2face service</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE,

    /**
     * Faces on selfie and reference do not match
     * <p>technology {@link Technology#FACE2FACE}; failureType {@link FailureType#CALC_RESULT};
     * failureDetail <code>Different faces</code>; canonicalReason
     * {@link CanonicalReason#FACE_MISMATCH}.
     */
    FACE2FACE_CALC_RESULT_DIFFERENT_FACES,

    /**
     * No face detected on the image
     * <p>technology {@link Technology#FACE2FACE}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>No face found</code>; canonicalReason
     * {@link CanonicalReason#FACE_NOT_DETECTED}.
     *
     * <p>Note: Printed with failure type SERVICE_ERROR although the description reads like a result
     * on the image; kept as printed.
     */
    FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND,

    /**
     * Camera not found or disabled
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#NO_CAM}; canonicalReason {@link CanonicalReason#DEVICE_PROBLEM}.
     *
     * <p>Note: Detail printed as "None".
     */
    DOCUMENT_RECOGNITION_NO_CAM,

    /**
     * Document from unsupported country
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Wrong document country</code>;
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_COUNTRY,

    /**
     * Document country not supported
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#OTHER}; failureDetail <code>Wrong document country</code>;
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_COUNTRY,

    /**
     * Wrong side of document provided
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#OTHER}; failureDetail <code>Wrong document side</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     */
    DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_SIDE,

    /**
     * User uploaded wrong side of document
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Wrong document side</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_SIDE_MISSING}.
     */
    DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_SIDE,

    /**
     * Document type not supported
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#OTHER}; failureDetail <code>Document type mismatch</code>;
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    DOCUMENT_RECOGNITION_OTHER_DOCUMENT_TYPE_MISMATCH,

    /**
     * Document upload timed out
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#TIMEOUT}; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: Detail printed as "None".
     *
     * <p>Note: Mapped to VENDOR_SERVICE_UNAVAILABLE: an upload that timed out is a transport
     * problem, as the Liveness row "Request timed out" is; telling the user the session expired
     * would cost them the whole flow.
     */
    DOCUMENT_RECOGNITION_TIMEOUT,

    /**
     * Error while processing document
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Error while parsing document</code>;
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_RECOGNIZED}.
     */
    DOCUMENT_RECOGNITION_CLIENT_ERROR_WHILE_PARSING_DOCUMENT,

    /**
     * Document recognition result already exists
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Document Recognition result for this session
     * exists</code>; canonicalReason {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     *
     * <p>Note: The detail lacks the "already" of the Liveness detail "Liveness result for this
     * session already exists"; kept as printed.
     */
    DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_RECOGNITION_RESULT_FOR_THIS_SESSION_EXISTS,

    /**
     * Document type does not match expected
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Document type mismatch</code>;
     * canonicalReason {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_TYPE_MISMATCH,

    /**
     * User aborted document upload
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Operation aborted by user</code>;
     * canonicalReason {@link CanonicalReason#USER_ABORTED}.
     */
    DOCUMENT_RECOGNITION_CLIENT_OPERATION_ABORTED_BY_USER,

    /**
     * Document recognition process aborted externally
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#OTHER}; failureDetail <code>Operation aborted by user</code>;
     * canonicalReason {@link CanonicalReason#USER_ABORTED}.
     *
     * <p>Note: Mapped to USER_ABORTED: stopped by an external cause, the session is over and there
     * is nothing for a person to review; its text ("the verification was stopped before it was
     * finished, please start it again") fits whoever stopped it, and its action restarts.
     */
    DOCUMENT_RECOGNITION_OTHER_OPERATION_ABORTED_BY_USER,

    /**
     * Internal error while processing document
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#SERVICE_ERROR}; failureDetail <code>Error while parsing document</code>;
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    DOCUMENT_RECOGNITION_SERVICE_ERROR_ERROR_WHILE_PARSING_DOCUMENT,

    /**
     * Document parsing error
     * <p>technology {@link Technology#DOCUMENT_RECOGNITION}; failureType
     * {@link FailureType#OTHER}; failureDetail <code>Error while parsing document</code>;
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    DOCUMENT_RECOGNITION_OTHER_ERROR_WHILE_PARSING_DOCUMENT,

    /**
     * Error while forming request
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#REQUEST_ERROR};
     * canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Detail printed as "None".
     */
    E_DOCUMENT_REQUEST_ERROR,

    /**
     * User not found in MCDB
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Subject not found in MCDB</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SUBJECT_NOT_ENROLLED}.
     *
     * <p>Note: Mapped to REGISTRY_SUBJECT_NOT_ENROLLED: MCDB is Kazakhstan's mobile citizens
     * database; the user registers their phone number there (egov.kz, a bank app, a Public Service
     * Center) in minutes, which no reviewer can do for them.
     */
    E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB,

    /**
     * Document type does not match requested type
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Document type is not the same as requested type</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     */
    E_DOCUMENT_CLIENT_DOCUMENT_TYPE_IS_NOT_THE_SAME_AS_REQUESTED_TYPE,

    /**
     * User profile not found
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Profile is not found</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND,

    /**
     * Document does not exist in the database
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Document does not exist</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENT_NOT_ACCEPTED}.
     *
     * <p>Note: Mapped to DOCUMENT_NOT_ACCEPTED: the registry holds no document of the requested
     * type for the person; the user picks another document, which a reviewer cannot produce.
     */
    E_DOCUMENT_CLIENT_DOCUMENT_DOES_NOT_EXIST,

    /**
     * User aborted the process
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Operation aborted by user</code>; canonicalReason
     * {@link CanonicalReason#USER_ABORTED}.
     */
    E_DOCUMENT_CLIENT_OPERATION_ABORTED_BY_USER,

    /**
     * Document issuing service temporarily unavailable
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>DL service not available now.</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_SERVICE_ERROR_DL_SERVICE_NOT_AVAILABLE_NOW,

    /**
     * Error on government service side
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Government service error</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_SERVICE_ERROR_GOVERNMENT_SERVICE_ERROR,

    /**
     * Too many requests to e-document service
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Too many requests to e-document service</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_CLIENT_TOO_MANY_REQUESTS_TO_E_DOCUMENT_SERVICE,

    /**
     * E-Document service unavailable
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>E-Document service is not available now</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_SERVICE_ERROR_E_DOCUMENT_SERVICE_IS_NOT_AVAILABLE_NOW,

    /**
     * Failed to send request to E-Document service
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Could not send request to E-Document service</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_SERVICE_ERROR_COULD_NOT_SEND_REQUEST_TO_E_DOCUMENT_SERVICE,

    /**
     * Could not connect to E-Document service
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Can`t connect to E-Document service</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    E_DOCUMENT_SERVICE_ERROR_CANT_CONNECT_TO_E_DOCUMENT_SERVICE,

    /**
     * Access to document not found or inactive
     * <p>technology {@link Technology#E_DOCUMENT}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Access to document is not found or is not active</code>; canonicalReason
     * {@link CanonicalReason#DOCUMENTS_NOT_PROVIDED}.
     *
     * <p>Note: Its own text: the user grants the access in the eGov Mobile app, which the generic
     * "documents missing" text of its reason does not say (domain review B.5; the app's path should
     * be confirmed with the vendor).
     */
    E_DOCUMENT_CLIENT_ACCESS_TO_DOCUMENT_IS_NOT_FOUND_OR_IS_NOT_ACTIVE,

    /**
     * Unable to connect to Address service
     * <p>technology {@link Technology#ADDRESS}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Can`t connect to address service</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    ADDRESS_SERVICE_ERROR_CANT_CONNECT_TO_ADDRESS_SERVICE,

    /**
     * Request timed out
     * <p>technology {@link Technology#ADDRESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>TIMEOUT</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: The detail "TIMEOUT" is spelled like the failure type TIMEOUT, but the row's failure
     * type is CLIENT.
     */
    ADDRESS_CLIENT_TIMEOUT,

    /**
     * Invalid input data
     * <p>technology {@link Technology#ADDRESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>INVALID</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Mapped to INVALID_REQUEST: "Invalid input data" is a malformed request, not a person
     * the registry lacks.
     */
    ADDRESS_CLIENT_INVALID,

    /**
     * Address not found in database
     * <p>technology {@link Technology#ADDRESS}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>NOT_FOUND</code>; canonicalReason
     * {@link CanonicalReason#ADDRESS_NOT_VERIFIED}.
     */
    ADDRESS_CLIENT_NOT_FOUND,

    /**
     * Internal service error
     * <p>technology {@link Technology#ADDRESS}; failureType {@link FailureType#SERVICE_ERROR};
     * canonicalReason {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     *
     * <p>Note: The document prints no detail for this row.
     */
    ADDRESS_SERVICE_ERROR,

    /**
     * User with given IIN not found
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Person not found, invalid IIN or IIN not found</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    GBDFL_CLIENT_PERSON_NOT_FOUND_INVALID_IIN_OR_IIN_NOT_FOUND,

    /**
     * Internal GBDFL service error
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>A server error occurred.</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    GBDFL_SERVICE_ERROR_A_SERVER_ERROR_OCCURRED,

    /**
     * Invalid input data
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>INVALID</code>; canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Mapped to INVALID_REQUEST: "Invalid input data" is a malformed request, not a person
     * the registry lacks.
     */
    GBDFL_CLIENT_INVALID,

    /**
     * Data for IIN not found
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>NOT_FOUND</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    GBDFL_CLIENT_NOT_FOUND,

    /**
     * Request error
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#REQUEST_ERROR};
     * canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     *
     * <p>Note: Detail printed as "None".
     */
    GBDFL_REQUEST_ERROR,

    /**
     * GBDFL token already received
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>GBDFL token already received</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    GBDFL_CLIENT_GBDFL_TOKEN_ALREADY_RECEIVED,

    /**
     * Other service error
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#OTHER};
     * failureDetail <code>Service error</code>; canonicalReason
     * {@link CanonicalReason#REGISTRY_SERVICE_UNAVAILABLE}.
     */
    GBDFL_OTHER_SERVICE_ERROR,

    /**
     * Unexpected error
     * <p>technology {@link Technology#GBDFL}; failureType {@link FailureType#REQUEST_ERROR};
     * failureDetail <code>Unexpected error</code>; canonicalReason
     * {@link CanonicalReason#INVALID_REQUEST}.
     */
    GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR,

    /**
     * Credentials not provided
     * <p>technology {@link Technology#FACE2FACE_NPCK}; failureType {@link FailureType#CLIENT};
     * failureDetail <code>Credentials not provided</code>; canonicalReason
     * {@link CanonicalReason#AUTHENTICATION_FAILED}.
     */
    FACE2FACE_NPCK_CLIENT_CREDENTIALS_NOT_PROVIDED,

    /**
     * Face2Face (NPCK) service unavailable
     * <p>technology {@link Technology#FACE2FACE_NPCK}; failureType
     * {@link FailureType#SERVICE_ERROR}; failureDetail <code>F2F NPCK service unavailable</code>;
     * canonicalReason {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    FACE2FACE_NPCK_SERVICE_ERROR_F2F_NPCK_SERVICE_UNAVAILABLE,

    /**
     * Error executing request in Kz-Info service
     * <p>technology {@link Technology#KZ_INFO}; failureType {@link FailureType#SERVICE_ERROR};
     * failureDetail <code>Exec proc info request failed</code>; canonicalReason
     * {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     */
    KZ_INFO_SERVICE_ERROR_EXEC_PROC_INFO_REQUEST_FAILED,

    /**
     * Invalid data for Digital Signature (incorrect input or format mismatch)
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature invalid input</code>;
     * canonicalReason {@link CanonicalReason#INVALID_REQUEST}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_INVALID_INPUT,

    /**
     * Identity card not found in Digital Signature database
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Identity card does not
     * exist</code>; canonicalReason {@link CanonicalReason#REGISTRY_NO_MATCH}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTITY_CARD_DOES_NOT_EXIST,

    /**
     * Organization client for Digital Signature not found
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Organization Client does
     * not exist</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_CLIENT_DOES_NOT_EXIST,

    /**
     * Digital Signature client not found
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Client does not
     * exist</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_CLIENT_DOES_NOT_EXIST,

    /**
     * Organization for Digital Signature not found
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Organization does not
     * exist</code>; canonicalReason {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_DOES_NOT_EXIST,

    /**
     * DS Identifier result does not exist for this session
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Identifier result for this
     * session does not exist</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_DOES_NOT_EXIST,

    /**
     * DS Identifier result already exists for this session
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Digital Signature Identifier result for this
     * session already exists</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS,

    /**
     * Failure reason for DS Identifier already logged for this session
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Failure reason for this Digital Signature
     * Identifier result already exists</code>; canonicalReason
     * {@link CanonicalReason#SUBMISSION_STATE_CONFLICT}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_FAILURE_REASON_FOR_THIS_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_ALREADY_EXISTS,

    /**
     * Client does not have access to DS Identifier technology
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#CLIENT}; failureDetail <code>Client does not have access to Digital
     * Signature Identifier technology</code>; canonicalReason
     * {@link CanonicalReason#CONFIGURATION_ERROR}.
     */
    DS_IDENTIFIER_SIGNER_CLIENT_CLIENT_DOES_NOT_HAVE_ACCESS_TO_DIGITAL_SIGNATURE_IDENTIFIER_TECHNOLOGY,

    /**
     * Could not connect to Digital Signature service
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#SERVICE_ERROR}; failureDetail <code>Cannot connect to Digital Signature
     * service</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    DS_IDENTIFIER_SIGNER_SERVICE_ERROR_CANNOT_CONNECT_TO_DIGITAL_SIGNATURE_SERVICE,

    /**
     * Digital Signature service temporarily unavailable
     * <p>technology {@link Technology#DS_IDENTIFIER_SIGNER}; failureType
     * {@link FailureType#SERVICE_ERROR}; failureDetail <code>Digital Signature service is not
     * available now</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_UNAVAILABLE}.
     */
    DS_IDENTIFIER_SIGNER_SERVICE_ERROR_DIGITAL_SIGNATURE_SERVICE_IS_NOT_AVAILABLE_NOW,

    /**
     * Flow session expired (user did not complete the KYC process in time)
     * <p>technology {@link Technology#FLOW}; failureType {@link FailureType#EXPIRED};
     * failureDetail <code>Flow session was expired</code>; canonicalReason
     * {@link CanonicalReason#SESSION_EXPIRED}.
     */
    FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED,

    /**
     * Unexpected error
     * <p>technology {@link Technology#FLOW}; failureType {@link FailureType#OTHER}; failureDetail
     * <code>Any</code>; canonicalReason {@link CanonicalReason#VENDOR_SERVICE_ERROR}.
     *
     * <p>Note: The detail is printed as "Any"; the page does not say whether this is a literal wire
     * string or stands for any detail. Transcribed as the string "Any".
     *
     * <p>Note: Mapped to VENDOR_SERVICE_ERROR: an unexpected error of the flow produces no result
     * for a person to review; treated as a failure on the vendor's side (retry later), which an
     * integrator escalates if it repeats.
     */
    FLOW_OTHER_ANY;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("biometric-vision",
            "Biometric.Vision", "Failure Reasons", "000_ea81dab1ab23f39e.txt");

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
    public static Optional<BiometricVisionFailure> fromKey(String technology, String failureType,
            String failureDetail) {
        return BiometricVisionFailureTable.lookup("BiometricVisionFailure.fromKey",
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
        Optional<BiometricVisionFailure> known = fromKey(technology, failureType, failureDetail);
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
     * The technology of the flow a failure belongs to (the section of the page), or the
     * flow itself.
     */
    public Technology technology() {
        return row().technology();
    }

    /**
     * The page's "Failure Type" column, the category of the failure.
     */
    public FailureType failureType() {
        return row().failureType();
    }

    /**
     * The page's "Failure Detail" column, the vendor's detail string sent with the failure
     * type.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<String> failureDetail() {
        return Optional.ofNullable(row().failureDetail());
    }

    /**
     * The canonical reason this code means, whatever the vendor.
     */
    @Override
    public CanonicalReason canonicalReason() {
        return row().canonicalReason();
    }

    /**
     * Codebook's action for a code whose canonical reason's default does not fit it, each
     * with a note saying why; every other code takes its reason's default.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<NextAction> actionOverride() {
        return Optional.ofNullable(row().actionOverride());
    }

    @Override
    public NextAction documentedAction() {
        return actionOverride().orElse(canonicalReason().defaultAction());
    }

    /**
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, kk,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(BiometricVisionFailure.class,
                BiometricVisionFailureTable.TEXTS, locale, name(), vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<BiometricVisionFailure> replacement() {
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
            case LIVENESS_SERVICE_ERROR_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE ->
                    cases.livenessServiceErrorCouldNotSendImageToLivenessService();
            case LIVENESS_REQUEST_ERROR -> cases.livenessRequestError();
            case LIVENESS_CLIENT_COULD_NOT_FIND_FACE_DISTANCE ->
                    cases.livenessClientCouldNotFindFaceDistance();
            case LIVENESS_CALC_RESULT_CLOSED_EYES -> cases.livenessCalcResultClosedEyes();
            case LIVENESS_CALC_RESULT_LOW_PREDICTION -> cases.livenessCalcResultLowPrediction();
            case LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION ->
                    cases.livenessCalcResultLowOverallPrediction();
            case LIVENESS_OTHER_INCORRECT_IMAGE_HASH -> cases.livenessOtherIncorrectImageHash();
            case LIVENESS_CLIENT_LIVENESS_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS ->
                    cases.livenessClientLivenessResultForThisSessionAlreadyExists();
            case LIVENESS_SERVICE_ERROR -> cases.livenessServiceError();
            case LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER ->
                    cases.livenessClientOperationAbortedByUser();
            case LIVENESS_OTHER_OPERATION_ABORTED_BY_USER ->
                    cases.livenessOtherOperationAbortedByUser();
            case LIVENESS_CLIENT_NO_ACTIVE_OR_FUTURE_SUBSCRIPTION_FOR_TECHNOLOGY ->
                    cases.livenessClientNoActiveOrFutureSubscriptionForTechnology();
            case LIVENESS_CLIENT_SUBSCRIPTION_DOES_NOT_HAVE_ACCESS_TO_TECHNOLOGY ->
                    cases.livenessClientSubscriptionDoesNotHaveAccessToTechnology();
            case LIVENESS_CLIENT_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE ->
                    cases.livenessClientCouldNotSendImageToLivenessService();
            case LIVENESS_NO_CAM -> cases.livenessNoCam();
            case LIVENESS_TIMEOUT -> cases.livenessTimeout();
            case LIVENESS_CLIENT_MEDICAL_MASK_CHECK_FAILED ->
                    cases.livenessClientMedicalMaskCheckFailed();
            case LIVENESS_CALC_RESULT_MASK_ATTACK -> cases.livenessCalcResultMaskAttack();
            case LIVENESS_CLIENT_ILLUMINATION_CHECK_FAILED ->
                    cases.livenessClientIlluminationCheckFailed();
            case LIVENESS_CLIENT_GLASSES_CHECK_FAILED -> cases.livenessClientGlassesCheckFailed();
            case LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE ->
                    cases.livenessServiceErrorCantConnectToLivenessService();
            case LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED ->
                    cases.livenessClientMaximumNumberOfAttemptsHasBeenUsed();
            case LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS ->
                    cases.livenessDifferentFacesDifferentFacesInLivenessDetections();
            case FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE ->
                    cases.face2faceServiceErrorCantConnectToFace2faceService();
            case FACE2FACE_CALC_RESULT_DIFFERENT_FACES -> cases.face2faceCalcResultDifferentFaces();
            case FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND -> cases.face2faceServiceErrorNoFaceFound();
            case DOCUMENT_RECOGNITION_NO_CAM -> cases.documentRecognitionNoCam();
            case DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_COUNTRY ->
                    cases.documentRecognitionClientWrongDocumentCountry();
            case DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_COUNTRY ->
                    cases.documentRecognitionOtherWrongDocumentCountry();
            case DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_SIDE ->
                    cases.documentRecognitionOtherWrongDocumentSide();
            case DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_SIDE ->
                    cases.documentRecognitionClientWrongDocumentSide();
            case DOCUMENT_RECOGNITION_OTHER_DOCUMENT_TYPE_MISMATCH ->
                    cases.documentRecognitionOtherDocumentTypeMismatch();
            case DOCUMENT_RECOGNITION_TIMEOUT -> cases.documentRecognitionTimeout();
            case DOCUMENT_RECOGNITION_CLIENT_ERROR_WHILE_PARSING_DOCUMENT ->
                    cases.documentRecognitionClientErrorWhileParsingDocument();
            case DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_RECOGNITION_RESULT_FOR_THIS_SESSION_EXISTS ->
                    cases.documentRecognitionClientDocumentRecognitionResultForThisSessionExists();
            case DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_TYPE_MISMATCH ->
                    cases.documentRecognitionClientDocumentTypeMismatch();
            case DOCUMENT_RECOGNITION_CLIENT_OPERATION_ABORTED_BY_USER ->
                    cases.documentRecognitionClientOperationAbortedByUser();
            case DOCUMENT_RECOGNITION_OTHER_OPERATION_ABORTED_BY_USER ->
                    cases.documentRecognitionOtherOperationAbortedByUser();
            case DOCUMENT_RECOGNITION_SERVICE_ERROR_ERROR_WHILE_PARSING_DOCUMENT ->
                    cases.documentRecognitionServiceErrorErrorWhileParsingDocument();
            case DOCUMENT_RECOGNITION_OTHER_ERROR_WHILE_PARSING_DOCUMENT ->
                    cases.documentRecognitionOtherErrorWhileParsingDocument();
            case E_DOCUMENT_REQUEST_ERROR -> cases.eDocumentRequestError();
            case E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB ->
                    cases.eDocumentClientSubjectNotFoundInMcdb();
            case E_DOCUMENT_CLIENT_DOCUMENT_TYPE_IS_NOT_THE_SAME_AS_REQUESTED_TYPE ->
                    cases.eDocumentClientDocumentTypeIsNotTheSameAsRequestedType();
            case E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND -> cases.eDocumentClientProfileIsNotFound();
            case E_DOCUMENT_CLIENT_DOCUMENT_DOES_NOT_EXIST ->
                    cases.eDocumentClientDocumentDoesNotExist();
            case E_DOCUMENT_CLIENT_OPERATION_ABORTED_BY_USER ->
                    cases.eDocumentClientOperationAbortedByUser();
            case E_DOCUMENT_SERVICE_ERROR_DL_SERVICE_NOT_AVAILABLE_NOW ->
                    cases.eDocumentServiceErrorDlServiceNotAvailableNow();
            case E_DOCUMENT_SERVICE_ERROR_GOVERNMENT_SERVICE_ERROR ->
                    cases.eDocumentServiceErrorGovernmentServiceError();
            case E_DOCUMENT_CLIENT_TOO_MANY_REQUESTS_TO_E_DOCUMENT_SERVICE ->
                    cases.eDocumentClientTooManyRequestsToEDocumentService();
            case E_DOCUMENT_SERVICE_ERROR_E_DOCUMENT_SERVICE_IS_NOT_AVAILABLE_NOW ->
                    cases.eDocumentServiceErrorEDocumentServiceIsNotAvailableNow();
            case E_DOCUMENT_SERVICE_ERROR_COULD_NOT_SEND_REQUEST_TO_E_DOCUMENT_SERVICE ->
                    cases.eDocumentServiceErrorCouldNotSendRequestToEDocumentService();
            case E_DOCUMENT_SERVICE_ERROR_CANT_CONNECT_TO_E_DOCUMENT_SERVICE ->
                    cases.eDocumentServiceErrorCantConnectToEDocumentService();
            case E_DOCUMENT_CLIENT_ACCESS_TO_DOCUMENT_IS_NOT_FOUND_OR_IS_NOT_ACTIVE ->
                    cases.eDocumentClientAccessToDocumentIsNotFoundOrIsNotActive();
            case ADDRESS_SERVICE_ERROR_CANT_CONNECT_TO_ADDRESS_SERVICE ->
                    cases.addressServiceErrorCantConnectToAddressService();
            case ADDRESS_CLIENT_TIMEOUT -> cases.addressClientTimeout();
            case ADDRESS_CLIENT_INVALID -> cases.addressClientInvalid();
            case ADDRESS_CLIENT_NOT_FOUND -> cases.addressClientNotFound();
            case ADDRESS_SERVICE_ERROR -> cases.addressServiceError();
            case GBDFL_CLIENT_PERSON_NOT_FOUND_INVALID_IIN_OR_IIN_NOT_FOUND ->
                    cases.gbdflClientPersonNotFoundInvalidIinOrIinNotFound();
            case GBDFL_SERVICE_ERROR_A_SERVER_ERROR_OCCURRED ->
                    cases.gbdflServiceErrorAServerErrorOccurred();
            case GBDFL_CLIENT_INVALID -> cases.gbdflClientInvalid();
            case GBDFL_CLIENT_NOT_FOUND -> cases.gbdflClientNotFound();
            case GBDFL_REQUEST_ERROR -> cases.gbdflRequestError();
            case GBDFL_CLIENT_GBDFL_TOKEN_ALREADY_RECEIVED ->
                    cases.gbdflClientGbdflTokenAlreadyReceived();
            case GBDFL_OTHER_SERVICE_ERROR -> cases.gbdflOtherServiceError();
            case GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR -> cases.gbdflRequestErrorUnexpectedError();
            case FACE2FACE_NPCK_CLIENT_CREDENTIALS_NOT_PROVIDED ->
                    cases.face2faceNpckClientCredentialsNotProvided();
            case FACE2FACE_NPCK_SERVICE_ERROR_F2F_NPCK_SERVICE_UNAVAILABLE ->
                    cases.face2faceNpckServiceErrorF2fNpckServiceUnavailable();
            case KZ_INFO_SERVICE_ERROR_EXEC_PROC_INFO_REQUEST_FAILED ->
                    cases.kzInfoServiceErrorExecProcInfoRequestFailed();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_INVALID_INPUT ->
                    cases.dsIdentifierSignerClientDigitalSignatureInvalidInput();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTITY_CARD_DOES_NOT_EXIST ->
                    cases.dsIdentifierSignerClientDigitalSignatureIdentityCardDoesNotExist();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_CLIENT_DOES_NOT_EXIST ->
                    cases.dsIdentifierSignerClientDigitalSignatureOrganizationClientDoesNotExist();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_CLIENT_DOES_NOT_EXIST ->
                    cases.dsIdentifierSignerClientDigitalSignatureClientDoesNotExist();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_DOES_NOT_EXIST ->
                    cases.dsIdentifierSignerClientDigitalSignatureOrganizationDoesNotExist();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_DOES_NOT_EXIST ->
                    cases.dsIdentifierSignerClientDigitalSignatureIdentifierResultForThisSessionDoesNotExist();
            case DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS ->
                    cases.dsIdentifierSignerClientDigitalSignatureIdentifierResultForThisSessionAlreadyExists();
            case DS_IDENTIFIER_SIGNER_CLIENT_FAILURE_REASON_FOR_THIS_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_ALREADY_EXISTS ->
                    cases.dsIdentifierSignerClientFailureReasonForThisDigitalSignatureIdentifierResultAlreadyExists();
            case DS_IDENTIFIER_SIGNER_CLIENT_CLIENT_DOES_NOT_HAVE_ACCESS_TO_DIGITAL_SIGNATURE_IDENTIFIER_TECHNOLOGY ->
                    cases.dsIdentifierSignerClientClientDoesNotHaveAccessToDigitalSignatureIdentifierTechnology();
            case DS_IDENTIFIER_SIGNER_SERVICE_ERROR_CANNOT_CONNECT_TO_DIGITAL_SIGNATURE_SERVICE ->
                    cases.dsIdentifierSignerServiceErrorCannotConnectToDigitalSignatureService();
            case DS_IDENTIFIER_SIGNER_SERVICE_ERROR_DIGITAL_SIGNATURE_SERVICE_IS_NOT_AVAILABLE_NOW ->
                    cases.dsIdentifierSignerServiceErrorDigitalSignatureServiceIsNotAvailableNow();
            case FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED -> cases.flowExpiredFlowSessionWasExpired();
            case FLOW_OTHER_ANY -> cases.flowOtherAny();
        };
    }

    private BiometricVisionFailureTable.Row row() {
        return BiometricVisionFailureTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link BiometricVisionFailure}, one method per code named
     * after its constant, and wire values the catalog does not document. A handler that
     * leaves one out does not compile, so a code added to the spec shows up as a compile
     * error naming the method to write. Pass one to {@link BiometricVisionFailure#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("biometric-vision")
    public interface Cases<R> {
        R livenessServiceErrorCouldNotSendImageToLivenessService();

        R livenessRequestError();

        R livenessClientCouldNotFindFaceDistance();

        R livenessCalcResultClosedEyes();

        R livenessCalcResultLowPrediction();

        R livenessCalcResultLowOverallPrediction();

        R livenessOtherIncorrectImageHash();

        R livenessClientLivenessResultForThisSessionAlreadyExists();

        R livenessServiceError();

        R livenessClientOperationAbortedByUser();

        R livenessOtherOperationAbortedByUser();

        R livenessClientNoActiveOrFutureSubscriptionForTechnology();

        R livenessClientSubscriptionDoesNotHaveAccessToTechnology();

        R livenessClientCouldNotSendImageToLivenessService();

        R livenessNoCam();

        R livenessTimeout();

        R livenessClientMedicalMaskCheckFailed();

        R livenessCalcResultMaskAttack();

        R livenessClientIlluminationCheckFailed();

        R livenessClientGlassesCheckFailed();

        R livenessServiceErrorCantConnectToLivenessService();

        R livenessClientMaximumNumberOfAttemptsHasBeenUsed();

        R livenessDifferentFacesDifferentFacesInLivenessDetections();

        R face2faceServiceErrorCantConnectToFace2faceService();

        R face2faceCalcResultDifferentFaces();

        R face2faceServiceErrorNoFaceFound();

        R documentRecognitionNoCam();

        R documentRecognitionClientWrongDocumentCountry();

        R documentRecognitionOtherWrongDocumentCountry();

        R documentRecognitionOtherWrongDocumentSide();

        R documentRecognitionClientWrongDocumentSide();

        R documentRecognitionOtherDocumentTypeMismatch();

        R documentRecognitionTimeout();

        R documentRecognitionClientErrorWhileParsingDocument();

        R documentRecognitionClientDocumentRecognitionResultForThisSessionExists();

        R documentRecognitionClientDocumentTypeMismatch();

        R documentRecognitionClientOperationAbortedByUser();

        R documentRecognitionOtherOperationAbortedByUser();

        R documentRecognitionServiceErrorErrorWhileParsingDocument();

        R documentRecognitionOtherErrorWhileParsingDocument();

        R eDocumentRequestError();

        R eDocumentClientSubjectNotFoundInMcdb();

        R eDocumentClientDocumentTypeIsNotTheSameAsRequestedType();

        R eDocumentClientProfileIsNotFound();

        R eDocumentClientDocumentDoesNotExist();

        R eDocumentClientOperationAbortedByUser();

        R eDocumentServiceErrorDlServiceNotAvailableNow();

        R eDocumentServiceErrorGovernmentServiceError();

        R eDocumentClientTooManyRequestsToEDocumentService();

        R eDocumentServiceErrorEDocumentServiceIsNotAvailableNow();

        R eDocumentServiceErrorCouldNotSendRequestToEDocumentService();

        R eDocumentServiceErrorCantConnectToEDocumentService();

        R eDocumentClientAccessToDocumentIsNotFoundOrIsNotActive();

        R addressServiceErrorCantConnectToAddressService();

        R addressClientTimeout();

        R addressClientInvalid();

        R addressClientNotFound();

        R addressServiceError();

        R gbdflClientPersonNotFoundInvalidIinOrIinNotFound();

        R gbdflServiceErrorAServerErrorOccurred();

        R gbdflClientInvalid();

        R gbdflClientNotFound();

        R gbdflRequestError();

        R gbdflClientGbdflTokenAlreadyReceived();

        R gbdflOtherServiceError();

        R gbdflRequestErrorUnexpectedError();

        R face2faceNpckClientCredentialsNotProvided();

        R face2faceNpckServiceErrorF2fNpckServiceUnavailable();

        R kzInfoServiceErrorExecProcInfoRequestFailed();

        R dsIdentifierSignerClientDigitalSignatureInvalidInput();

        R dsIdentifierSignerClientDigitalSignatureIdentityCardDoesNotExist();

        R dsIdentifierSignerClientDigitalSignatureOrganizationClientDoesNotExist();

        R dsIdentifierSignerClientDigitalSignatureClientDoesNotExist();

        R dsIdentifierSignerClientDigitalSignatureOrganizationDoesNotExist();

        R dsIdentifierSignerClientDigitalSignatureIdentifierResultForThisSessionDoesNotExist();

        R dsIdentifierSignerClientDigitalSignatureIdentifierResultForThisSessionAlreadyExists();

        R dsIdentifierSignerClientFailureReasonForThisDigitalSignatureIdentifierResultAlreadyExists(
                );

        R dsIdentifierSignerClientClientDoesNotHaveAccessToDigitalSignatureIdentifierTechnology();

        R dsIdentifierSignerServiceErrorCannotConnectToDigitalSignatureService();

        R dsIdentifierSignerServiceErrorDigitalSignatureServiceIsNotAvailableNow();

        R flowExpiredFlowSessionWasExpired();

        R flowOtherAny();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(List<String> raw);
    }

    /**
     * The sections of Biometric.Vision's document, in the document's order. A {@code
     * switch} over them that misses one does not compile.
     */
    @CodebookGenerated("biometric-vision")
    public enum Group implements CatalogGroup {
        /**
         * Liveness
         */
        LIVENESS("liveness", "Liveness"),

        /**
         * Face2Face
         */
        FACE2FACE("face2face", "Face2Face"),

        /**
         * Document Recognition
         */
        DOCUMENT_RECOGNITION("document-recognition", "Document Recognition"),

        /**
         * E-Document
         */
        E_DOCUMENT("e-document", "E-Document"),

        /**
         * Address v1 / v2
         */
        ADDRESS("address", "Address v1 / v2"),

        /**
         * GBDFL v1 / v2
         */
        GBDFL("gbdfl", "GBDFL v1 / v2"),

        /**
         * Face2Face (NPCK)
         */
        FACE2FACE_NPCK("face2face-npck", "Face2Face (NPCK)"),

        /**
         * Kz-Info
         */
        KZ_INFO("kz-info", "Kz-Info"),

        /**
         * DS Identifier / DS Signer
         */
        DS_IDENTIFIER_SIGNER("ds-identifier-signer", "DS Identifier / DS Signer"),

        /**
         * Flow
         */
        FLOW("flow", "Flow");

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
     * The technology of the flow a failure belongs to (the section of the page), or the
     * flow itself.
     */
    @CodebookGenerated("biometric-vision")
    public enum Technology implements AttributeValue {
        /**
         * Liveness check of the user's face.
         *
         * <p>Written by the vendor as <code>Liveness</code>.
         */
        LIVENESS("Liveness"),

        /**
         * Comparison of the selfie with a reference face.
         *
         * <p>Written by the vendor as <code>Face2Face</code>.
         */
        FACE2FACE("Face2Face"),

        /**
         * Recognition of an uploaded identity document.
         *
         * <p>Written by the vendor as <code>Document Recognition</code>.
         */
        DOCUMENT_RECOGNITION("Document Recognition"),

        /**
         * Retrieval of the user's electronic document from the E-Document service.
         *
         * <p>Written by the vendor as <code>E-Document</code>.
         */
        E_DOCUMENT("E-Document"),

        /**
         * Address lookup (versions 1 and 2).
         *
         * <p>Written by the vendor as <code>Address v1 / v2</code>.
         */
        ADDRESS("Address v1 / v2"),

        /**
         * Person lookup by IIN in the GBDFL service (versions 1 and 2).
         *
         * <p>Written by the vendor as <code>GBDFL v1 / v2</code>.
         */
        GBDFL("GBDFL v1 / v2"),

        /**
         * Face comparison through the NPCK service.
         *
         * <p>Written by the vendor as <code>Face2Face (NPCK)</code>.
         */
        FACE2FACE_NPCK("Face2Face (NPCK)"),

        /**
         * Requests to the Kz-Info service.
         *
         * <p>Written by the vendor as <code>Kz-Info</code>.
         */
        KZ_INFO("Kz-Info"),

        /**
         * Digital Signature identification and signing.
         *
         * <p>Written by the vendor as <code>DS Identifier / DS Signer</code>.
         */
        DS_IDENTIFIER_SIGNER("DS Identifier / DS Signer"),

        /**
         * The flow as a whole, not a specific technology.
         *
         * <p>Written by the vendor as <code>Flow</code>.
         */
        FLOW("Flow");

        private static final Map<String, Technology> BY_VALUE = Map.ofEntries(
            Map.entry("Liveness", LIVENESS),
            Map.entry("Face2Face", FACE2FACE),
            Map.entry("Document Recognition", DOCUMENT_RECOGNITION),
            Map.entry("E-Document", E_DOCUMENT),
            Map.entry("Address v1 / v2", ADDRESS),
            Map.entry("GBDFL v1 / v2", GBDFL),
            Map.entry("Face2Face (NPCK)", FACE2FACE_NPCK),
            Map.entry("Kz-Info", KZ_INFO),
            Map.entry("DS Identifier / DS Signer", DS_IDENTIFIER_SIGNER),
            Map.entry("Flow", FLOW));

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
     * The page's "Failure Type" column, the category of the failure.
     */
    @CodebookGenerated("biometric-vision")
    public enum FailureType implements AttributeValue {
        /**
         * Error on the side of a service the technology calls (cannot connect, unavailable,
         * internal error).
         *
         * <p>Written by the vendor as <code>SERVICE_ERROR</code>.
         */
        SERVICE_ERROR("SERVICE_ERROR"),

        /**
         * Error in the request (forming it, invalid format or corrupted data, unexpected
         * error).
         *
         * <p>Written by the vendor as <code>REQUEST_ERROR</code>.
         */
        REQUEST_ERROR("REQUEST_ERROR"),

        /**
         * Failure caused by the client side, e.g. the user, the input data, the session state
         * or the subscription.
         *
         * <p>Written by the vendor as <code>CLIENT</code>.
         */
        CLIENT("CLIENT"),

        /**
         * The technology's calculated result rejects the attempt (e.g. closed eyes, low
         * prediction, mask attack, different faces).
         *
         * <p>Written by the vendor as <code>CALC_RESULT</code>.
         */
        CALC_RESULT("CALC_RESULT"),

        /**
         * Any other cause, e.g. a process stopped externally, an unsupported document, a
         * failed integrity check.
         *
         * <p>Written by the vendor as <code>OTHER</code>.
         */
        OTHER("OTHER"),

        /**
         * Camera not found or disabled.
         *
         * <p>Written by the vendor as <code>NO_CAM</code>.
         */
        NO_CAM("NO_CAM"),

        /**
         * The request or upload timed out.
         *
         * <p>Written by the vendor as <code>TIMEOUT</code>.
         */
        TIMEOUT("TIMEOUT"),

        /**
         * Different faces detected across the liveness frames.
         *
         * <p>Written by the vendor as <code>DIFFERENT_FACES</code>.
         */
        DIFFERENT_FACES("DIFFERENT_FACES"),

        /**
         * The flow session expired.
         *
         * <p>Written by the vendor as <code>EXPIRED</code>.
         */
        EXPIRED("EXPIRED");

        private static final Map<String, FailureType> BY_VALUE = Map.ofEntries(
            Map.entry("SERVICE_ERROR", SERVICE_ERROR),
            Map.entry("REQUEST_ERROR", REQUEST_ERROR),
            Map.entry("CLIENT", CLIENT),
            Map.entry("CALC_RESULT", CALC_RESULT),
            Map.entry("OTHER", OTHER),
            Map.entry("NO_CAM", NO_CAM),
            Map.entry("TIMEOUT", TIMEOUT),
            Map.entry("DIFFERENT_FACES", DIFFERENT_FACES),
            Map.entry("EXPIRED", EXPIRED));

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
