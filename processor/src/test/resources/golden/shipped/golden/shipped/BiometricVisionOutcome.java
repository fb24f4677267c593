package golden.shipped;

import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.WireCode;
import io.codebook.runtime.internal.SentValues;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * What a response of Biometric.Vision can carry: one record per kind of outcome the
 * catalog spec declares.
 *
 * <p>Build one with the factory of its kind ({@link #technologyFailure}, {@link
 * #flowFailure}), which never throws. A code the catalog does not document is kept as
 * {@link WireCode.Unrecognized}, beside the documented ones; a field value it does not
 * document reads as empty, and every value stays in the record's {@code sent}. Handle
 * every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code switch} over
 * the records; both fail to compile when a kind is added to the spec and not handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog biometric-vision"
)
@CodebookGenerated("biometric-vision")
public sealed interface BiometricVisionOutcome permits BiometricVisionOutcome.TechnologyFailure, BiometricVisionOutcome.FlowFailure {
    /**
     * A {@link TechnologyFailure} from the values the vendor sent. Never throws: a code
     * this kind does not document is kept unrecognized, a field value its type does not
     * document reads as empty, and every value stays in {@code sent}.
     *
     * @param technology as sent; {@code null} where the response has none
     * @param failureType as sent; {@code null} where the response has none
     * @param failureDetail as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static TechnologyFailure technologyFailure(String technology, String failureType,
            String failureDetail) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (technology != null) {
            sent.put("technology", technology);
        }
        if (failureType != null) {
            sent.put("failureType", failureType);
        }
        if (failureDetail != null) {
            sent.put("failureDetail", failureDetail);
        }
        return new TechnologyFailure(wireTechnologyFailure(technology, failureType, failureDetail),
                sent);
    }

    /**
     * A {@link FlowFailure} from the values the vendor sent. Never throws: a code this
     * kind does not document is kept unrecognized, a field value its type does not
     * document reads as empty, and every value stays in {@code sent}.
     *
     * @param failureType as sent; {@code null} where the response has none
     * @param failureDetail as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static FlowFailure flowFailure(String failureType, String failureDetail) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (failureType != null) {
            sent.put("failureType", failureType);
        }
        if (failureDetail != null) {
            sent.put("failureDetail", failureDetail);
        }
        return new FlowFailure(wireFlowFailure(failureType, failureDetail), sent);
    }

    private static WireCode<TechnologyFailureCode> wireTechnologyFailure(String technology,
            String failureType, String failureDetail) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (technology != null) {
            sent.put("technology", technology);
        }
        if (failureType != null) {
            sent.put("failureType", failureType);
        }
        if (failureDetail != null) {
            sent.put("failureDetail", failureDetail);
        }
        Optional<TechnologyFailureCode> known = BiometricVisionFailureTable.lookup(null, technology,
                failureType, failureDetail).flatMap(TechnologyFailureCode::from);
        if (known.isEmpty()) {
            UnknownValueReports.code("biometric-vision", "BiometricVisionOutcome.technologyFailure",
                    sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    private static WireCode<FlowFailureCode> wireFlowFailure(String failureType,
            String failureDetail) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("technology", "Flow");
        if (failureType != null) {
            sent.put("failureType", failureType);
        }
        if (failureDetail != null) {
            sent.put("failureDetail", failureDetail);
        }
        Optional<FlowFailureCode> known = BiometricVisionFailureTable.lookup(null, "Flow",
                failureType, failureDetail).flatMap(FlowFailureCode::from);
        if (known.isEmpty()) {
            UnknownValueReports.code("biometric-vision", "BiometricVisionOutcome.flowFailure",
                    sent);
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
     * A technology of the flow failed, with a failure type and (maybe) a detail
     * (technology.end).
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("biometric-vision")
    record TechnologyFailure(WireCode<TechnologyFailureCode> code,
            Map<String, Object> sent) implements BiometricVisionOutcome {
        public TechnologyFailure {
            Objects.requireNonNull(code, "code");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.technologyFailure(this);
        }
    }

    /**
     * The whole flow failed or expired (flow.end).
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("biometric-vision")
    record FlowFailure(WireCode<FlowFailureCode> code,
            Map<String, Object> sent) implements BiometricVisionOutcome {
        public FlowFailure {
            Objects.requireNonNull(code, "code");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.flowFailure(this);
        }
    }

    /**
     * The codes a {@link TechnologyFailure} may hold: each stands for the
     * {@link BiometricVisionFailure} constant of the same name, with everything the
     * vendor documents about it.
     */
    @CodebookGenerated("biometric-vision")
    enum TechnologyFailureCode implements MappedCode, LocalizedCode {
        /**
         * {@link BiometricVisionFailure#LIVENESS_SERVICE_ERROR_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE}
         */
        LIVENESS_SERVICE_ERROR_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE(
                BiometricVisionFailure.LIVENESS_SERVICE_ERROR_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE),

        /**
         * {@link BiometricVisionFailure#LIVENESS_REQUEST_ERROR}
         */
        LIVENESS_REQUEST_ERROR(BiometricVisionFailure.LIVENESS_REQUEST_ERROR),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_COULD_NOT_FIND_FACE_DISTANCE}
         */
        LIVENESS_CLIENT_COULD_NOT_FIND_FACE_DISTANCE(
                BiometricVisionFailure.LIVENESS_CLIENT_COULD_NOT_FIND_FACE_DISTANCE),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CALC_RESULT_CLOSED_EYES}
         */
        LIVENESS_CALC_RESULT_CLOSED_EYES(BiometricVisionFailure.LIVENESS_CALC_RESULT_CLOSED_EYES),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CALC_RESULT_LOW_PREDICTION}
         */
        LIVENESS_CALC_RESULT_LOW_PREDICTION(
                BiometricVisionFailure.LIVENESS_CALC_RESULT_LOW_PREDICTION),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION}
         */
        LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION(
                BiometricVisionFailure.LIVENESS_CALC_RESULT_LOW_OVERALL_PREDICTION),

        /**
         * {@link BiometricVisionFailure#LIVENESS_OTHER_INCORRECT_IMAGE_HASH}
         */
        LIVENESS_OTHER_INCORRECT_IMAGE_HASH(
                BiometricVisionFailure.LIVENESS_OTHER_INCORRECT_IMAGE_HASH),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_LIVENESS_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS}
         */
        LIVENESS_CLIENT_LIVENESS_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS(
                BiometricVisionFailure.LIVENESS_CLIENT_LIVENESS_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS),

        /**
         * {@link BiometricVisionFailure#LIVENESS_SERVICE_ERROR}
         */
        LIVENESS_SERVICE_ERROR(BiometricVisionFailure.LIVENESS_SERVICE_ERROR),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER}
         */
        LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER(
                BiometricVisionFailure.LIVENESS_CLIENT_OPERATION_ABORTED_BY_USER),

        /**
         * {@link BiometricVisionFailure#LIVENESS_OTHER_OPERATION_ABORTED_BY_USER}
         */
        LIVENESS_OTHER_OPERATION_ABORTED_BY_USER(
                BiometricVisionFailure.LIVENESS_OTHER_OPERATION_ABORTED_BY_USER),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_NO_ACTIVE_OR_FUTURE_SUBSCRIPTION_FOR_TECHNOLOGY}
         */
        LIVENESS_CLIENT_NO_ACTIVE_OR_FUTURE_SUBSCRIPTION_FOR_TECHNOLOGY(
                BiometricVisionFailure.LIVENESS_CLIENT_NO_ACTIVE_OR_FUTURE_SUBSCRIPTION_FOR_TECHNOLOGY),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_SUBSCRIPTION_DOES_NOT_HAVE_ACCESS_TO_TECHNOLOGY}
         */
        LIVENESS_CLIENT_SUBSCRIPTION_DOES_NOT_HAVE_ACCESS_TO_TECHNOLOGY(
                BiometricVisionFailure.LIVENESS_CLIENT_SUBSCRIPTION_DOES_NOT_HAVE_ACCESS_TO_TECHNOLOGY),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE}
         */
        LIVENESS_CLIENT_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE(
                BiometricVisionFailure.LIVENESS_CLIENT_COULD_NOT_SEND_IMAGE_TO_LIVENESS_SERVICE),

        /**
         * {@link BiometricVisionFailure#LIVENESS_NO_CAM}
         */
        LIVENESS_NO_CAM(BiometricVisionFailure.LIVENESS_NO_CAM),

        /**
         * {@link BiometricVisionFailure#LIVENESS_TIMEOUT}
         */
        LIVENESS_TIMEOUT(BiometricVisionFailure.LIVENESS_TIMEOUT),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_MEDICAL_MASK_CHECK_FAILED}
         */
        LIVENESS_CLIENT_MEDICAL_MASK_CHECK_FAILED(
                BiometricVisionFailure.LIVENESS_CLIENT_MEDICAL_MASK_CHECK_FAILED),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CALC_RESULT_MASK_ATTACK}
         */
        LIVENESS_CALC_RESULT_MASK_ATTACK(BiometricVisionFailure.LIVENESS_CALC_RESULT_MASK_ATTACK),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_ILLUMINATION_CHECK_FAILED}
         */
        LIVENESS_CLIENT_ILLUMINATION_CHECK_FAILED(
                BiometricVisionFailure.LIVENESS_CLIENT_ILLUMINATION_CHECK_FAILED),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_GLASSES_CHECK_FAILED}
         */
        LIVENESS_CLIENT_GLASSES_CHECK_FAILED(
                BiometricVisionFailure.LIVENESS_CLIENT_GLASSES_CHECK_FAILED),

        /**
         * {@link BiometricVisionFailure#LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE}
         */
        LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE(
                BiometricVisionFailure.LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE),

        /**
         * {@link BiometricVisionFailure#LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED}
         */
        LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED(
                BiometricVisionFailure.LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED),

        /**
         * {@link BiometricVisionFailure#LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS}
         */
        LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS(
                BiometricVisionFailure.LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS),

        /**
         * {@link BiometricVisionFailure#FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE}
         */
        FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE(
                BiometricVisionFailure.FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE),

        /**
         * {@link BiometricVisionFailure#FACE2FACE_CALC_RESULT_DIFFERENT_FACES}
         */
        FACE2FACE_CALC_RESULT_DIFFERENT_FACES(
                BiometricVisionFailure.FACE2FACE_CALC_RESULT_DIFFERENT_FACES),

        /**
         * {@link BiometricVisionFailure#FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND}
         */
        FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND(
                BiometricVisionFailure.FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_NO_CAM}
         */
        DOCUMENT_RECOGNITION_NO_CAM(BiometricVisionFailure.DOCUMENT_RECOGNITION_NO_CAM),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_COUNTRY}
         */
        DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_COUNTRY(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_COUNTRY),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_COUNTRY}
         */
        DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_COUNTRY(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_COUNTRY),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_SIDE}
         */
        DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_SIDE(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_OTHER_WRONG_DOCUMENT_SIDE),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_SIDE}
         */
        DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_SIDE(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_WRONG_DOCUMENT_SIDE),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_OTHER_DOCUMENT_TYPE_MISMATCH}
         */
        DOCUMENT_RECOGNITION_OTHER_DOCUMENT_TYPE_MISMATCH(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_OTHER_DOCUMENT_TYPE_MISMATCH),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_TIMEOUT}
         */
        DOCUMENT_RECOGNITION_TIMEOUT(BiometricVisionFailure.DOCUMENT_RECOGNITION_TIMEOUT),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_ERROR_WHILE_PARSING_DOCUMENT}
         */
        DOCUMENT_RECOGNITION_CLIENT_ERROR_WHILE_PARSING_DOCUMENT(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_ERROR_WHILE_PARSING_DOCUMENT),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_RECOGNITION_RESULT_FOR_THIS_SESSION_EXISTS}
         */
        DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_RECOGNITION_RESULT_FOR_THIS_SESSION_EXISTS(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_RECOGNITION_RESULT_FOR_THIS_SESSION_EXISTS),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_TYPE_MISMATCH}
         */
        DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_TYPE_MISMATCH(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_DOCUMENT_TYPE_MISMATCH),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_CLIENT_OPERATION_ABORTED_BY_USER}
         */
        DOCUMENT_RECOGNITION_CLIENT_OPERATION_ABORTED_BY_USER(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_CLIENT_OPERATION_ABORTED_BY_USER),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_OTHER_OPERATION_ABORTED_BY_USER}
         */
        DOCUMENT_RECOGNITION_OTHER_OPERATION_ABORTED_BY_USER(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_OTHER_OPERATION_ABORTED_BY_USER),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_SERVICE_ERROR_ERROR_WHILE_PARSING_DOCUMENT}
         */
        DOCUMENT_RECOGNITION_SERVICE_ERROR_ERROR_WHILE_PARSING_DOCUMENT(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_SERVICE_ERROR_ERROR_WHILE_PARSING_DOCUMENT),

        /**
         * {@link BiometricVisionFailure#DOCUMENT_RECOGNITION_OTHER_ERROR_WHILE_PARSING_DOCUMENT}
         */
        DOCUMENT_RECOGNITION_OTHER_ERROR_WHILE_PARSING_DOCUMENT(
                BiometricVisionFailure.DOCUMENT_RECOGNITION_OTHER_ERROR_WHILE_PARSING_DOCUMENT),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_REQUEST_ERROR}
         */
        E_DOCUMENT_REQUEST_ERROR(BiometricVisionFailure.E_DOCUMENT_REQUEST_ERROR),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB}
         */
        E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_SUBJECT_NOT_FOUND_IN_MCDB),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_DOCUMENT_TYPE_IS_NOT_THE_SAME_AS_REQUESTED_TYPE}
         */
        E_DOCUMENT_CLIENT_DOCUMENT_TYPE_IS_NOT_THE_SAME_AS_REQUESTED_TYPE(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_DOCUMENT_TYPE_IS_NOT_THE_SAME_AS_REQUESTED_TYPE),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND}
         */
        E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_DOCUMENT_DOES_NOT_EXIST}
         */
        E_DOCUMENT_CLIENT_DOCUMENT_DOES_NOT_EXIST(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_DOCUMENT_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_OPERATION_ABORTED_BY_USER}
         */
        E_DOCUMENT_CLIENT_OPERATION_ABORTED_BY_USER(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_OPERATION_ABORTED_BY_USER),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_SERVICE_ERROR_DL_SERVICE_NOT_AVAILABLE_NOW}
         */
        E_DOCUMENT_SERVICE_ERROR_DL_SERVICE_NOT_AVAILABLE_NOW(
                BiometricVisionFailure.E_DOCUMENT_SERVICE_ERROR_DL_SERVICE_NOT_AVAILABLE_NOW),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_SERVICE_ERROR_GOVERNMENT_SERVICE_ERROR}
         */
        E_DOCUMENT_SERVICE_ERROR_GOVERNMENT_SERVICE_ERROR(
                BiometricVisionFailure.E_DOCUMENT_SERVICE_ERROR_GOVERNMENT_SERVICE_ERROR),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_TOO_MANY_REQUESTS_TO_E_DOCUMENT_SERVICE}
         */
        E_DOCUMENT_CLIENT_TOO_MANY_REQUESTS_TO_E_DOCUMENT_SERVICE(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_TOO_MANY_REQUESTS_TO_E_DOCUMENT_SERVICE),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_SERVICE_ERROR_E_DOCUMENT_SERVICE_IS_NOT_AVAILABLE_NOW}
         */
        E_DOCUMENT_SERVICE_ERROR_E_DOCUMENT_SERVICE_IS_NOT_AVAILABLE_NOW(
                BiometricVisionFailure.E_DOCUMENT_SERVICE_ERROR_E_DOCUMENT_SERVICE_IS_NOT_AVAILABLE_NOW),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_SERVICE_ERROR_COULD_NOT_SEND_REQUEST_TO_E_DOCUMENT_SERVICE}
         */
        E_DOCUMENT_SERVICE_ERROR_COULD_NOT_SEND_REQUEST_TO_E_DOCUMENT_SERVICE(
                BiometricVisionFailure.E_DOCUMENT_SERVICE_ERROR_COULD_NOT_SEND_REQUEST_TO_E_DOCUMENT_SERVICE),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_SERVICE_ERROR_CANT_CONNECT_TO_E_DOCUMENT_SERVICE}
         */
        E_DOCUMENT_SERVICE_ERROR_CANT_CONNECT_TO_E_DOCUMENT_SERVICE(
                BiometricVisionFailure.E_DOCUMENT_SERVICE_ERROR_CANT_CONNECT_TO_E_DOCUMENT_SERVICE),

        /**
         * {@link BiometricVisionFailure#E_DOCUMENT_CLIENT_ACCESS_TO_DOCUMENT_IS_NOT_FOUND_OR_IS_NOT_ACTIVE}
         */
        E_DOCUMENT_CLIENT_ACCESS_TO_DOCUMENT_IS_NOT_FOUND_OR_IS_NOT_ACTIVE(
                BiometricVisionFailure.E_DOCUMENT_CLIENT_ACCESS_TO_DOCUMENT_IS_NOT_FOUND_OR_IS_NOT_ACTIVE),

        /**
         * {@link BiometricVisionFailure#ADDRESS_SERVICE_ERROR_CANT_CONNECT_TO_ADDRESS_SERVICE}
         */
        ADDRESS_SERVICE_ERROR_CANT_CONNECT_TO_ADDRESS_SERVICE(
                BiometricVisionFailure.ADDRESS_SERVICE_ERROR_CANT_CONNECT_TO_ADDRESS_SERVICE),

        /**
         * {@link BiometricVisionFailure#ADDRESS_CLIENT_TIMEOUT}
         */
        ADDRESS_CLIENT_TIMEOUT(BiometricVisionFailure.ADDRESS_CLIENT_TIMEOUT),

        /**
         * {@link BiometricVisionFailure#ADDRESS_CLIENT_INVALID}
         */
        ADDRESS_CLIENT_INVALID(BiometricVisionFailure.ADDRESS_CLIENT_INVALID),

        /**
         * {@link BiometricVisionFailure#ADDRESS_CLIENT_NOT_FOUND}
         */
        ADDRESS_CLIENT_NOT_FOUND(BiometricVisionFailure.ADDRESS_CLIENT_NOT_FOUND),

        /**
         * {@link BiometricVisionFailure#ADDRESS_SERVICE_ERROR}
         */
        ADDRESS_SERVICE_ERROR(BiometricVisionFailure.ADDRESS_SERVICE_ERROR),

        /**
         * {@link BiometricVisionFailure#GBDFL_CLIENT_PERSON_NOT_FOUND_INVALID_IIN_OR_IIN_NOT_FOUND}
         */
        GBDFL_CLIENT_PERSON_NOT_FOUND_INVALID_IIN_OR_IIN_NOT_FOUND(
                BiometricVisionFailure.GBDFL_CLIENT_PERSON_NOT_FOUND_INVALID_IIN_OR_IIN_NOT_FOUND),

        /**
         * {@link BiometricVisionFailure#GBDFL_SERVICE_ERROR_A_SERVER_ERROR_OCCURRED}
         */
        GBDFL_SERVICE_ERROR_A_SERVER_ERROR_OCCURRED(
                BiometricVisionFailure.GBDFL_SERVICE_ERROR_A_SERVER_ERROR_OCCURRED),

        /**
         * {@link BiometricVisionFailure#GBDFL_CLIENT_INVALID}
         */
        GBDFL_CLIENT_INVALID(BiometricVisionFailure.GBDFL_CLIENT_INVALID),

        /**
         * {@link BiometricVisionFailure#GBDFL_CLIENT_NOT_FOUND}
         */
        GBDFL_CLIENT_NOT_FOUND(BiometricVisionFailure.GBDFL_CLIENT_NOT_FOUND),

        /**
         * {@link BiometricVisionFailure#GBDFL_REQUEST_ERROR}
         */
        GBDFL_REQUEST_ERROR(BiometricVisionFailure.GBDFL_REQUEST_ERROR),

        /**
         * {@link BiometricVisionFailure#GBDFL_CLIENT_GBDFL_TOKEN_ALREADY_RECEIVED}
         */
        GBDFL_CLIENT_GBDFL_TOKEN_ALREADY_RECEIVED(
                BiometricVisionFailure.GBDFL_CLIENT_GBDFL_TOKEN_ALREADY_RECEIVED),

        /**
         * {@link BiometricVisionFailure#GBDFL_OTHER_SERVICE_ERROR}
         */
        GBDFL_OTHER_SERVICE_ERROR(BiometricVisionFailure.GBDFL_OTHER_SERVICE_ERROR),

        /**
         * {@link BiometricVisionFailure#GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR}
         */
        GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR(
                BiometricVisionFailure.GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR),

        /**
         * {@link BiometricVisionFailure#FACE2FACE_NPCK_CLIENT_CREDENTIALS_NOT_PROVIDED}
         */
        FACE2FACE_NPCK_CLIENT_CREDENTIALS_NOT_PROVIDED(
                BiometricVisionFailure.FACE2FACE_NPCK_CLIENT_CREDENTIALS_NOT_PROVIDED),

        /**
         * {@link BiometricVisionFailure#FACE2FACE_NPCK_SERVICE_ERROR_F2F_NPCK_SERVICE_UNAVAILABLE}
         */
        FACE2FACE_NPCK_SERVICE_ERROR_F2F_NPCK_SERVICE_UNAVAILABLE(
                BiometricVisionFailure.FACE2FACE_NPCK_SERVICE_ERROR_F2F_NPCK_SERVICE_UNAVAILABLE),

        /**
         * {@link BiometricVisionFailure#KZ_INFO_SERVICE_ERROR_EXEC_PROC_INFO_REQUEST_FAILED}
         */
        KZ_INFO_SERVICE_ERROR_EXEC_PROC_INFO_REQUEST_FAILED(
                BiometricVisionFailure.KZ_INFO_SERVICE_ERROR_EXEC_PROC_INFO_REQUEST_FAILED),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_INVALID_INPUT}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_INVALID_INPUT(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_INVALID_INPUT),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTITY_CARD_DOES_NOT_EXIST}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTITY_CARD_DOES_NOT_EXIST(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTITY_CARD_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_CLIENT_DOES_NOT_EXIST}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_CLIENT_DOES_NOT_EXIST(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_CLIENT_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_CLIENT_DOES_NOT_EXIST}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_CLIENT_DOES_NOT_EXIST(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_CLIENT_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_DOES_NOT_EXIST}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_DOES_NOT_EXIST(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_ORGANIZATION_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_DOES_NOT_EXIST}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_DOES_NOT_EXIST(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_DOES_NOT_EXIST),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_FOR_THIS_SESSION_ALREADY_EXISTS),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_FAILURE_REASON_FOR_THIS_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_ALREADY_EXISTS}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_FAILURE_REASON_FOR_THIS_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_ALREADY_EXISTS(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_FAILURE_REASON_FOR_THIS_DIGITAL_SIGNATURE_IDENTIFIER_RESULT_ALREADY_EXISTS),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_CLIENT_CLIENT_DOES_NOT_HAVE_ACCESS_TO_DIGITAL_SIGNATURE_IDENTIFIER_TECHNOLOGY}
         */
        DS_IDENTIFIER_SIGNER_CLIENT_CLIENT_DOES_NOT_HAVE_ACCESS_TO_DIGITAL_SIGNATURE_IDENTIFIER_TECHNOLOGY(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_CLIENT_CLIENT_DOES_NOT_HAVE_ACCESS_TO_DIGITAL_SIGNATURE_IDENTIFIER_TECHNOLOGY),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_SERVICE_ERROR_CANNOT_CONNECT_TO_DIGITAL_SIGNATURE_SERVICE}
         */
        DS_IDENTIFIER_SIGNER_SERVICE_ERROR_CANNOT_CONNECT_TO_DIGITAL_SIGNATURE_SERVICE(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_SERVICE_ERROR_CANNOT_CONNECT_TO_DIGITAL_SIGNATURE_SERVICE),

        /**
         * {@link BiometricVisionFailure#DS_IDENTIFIER_SIGNER_SERVICE_ERROR_DIGITAL_SIGNATURE_SERVICE_IS_NOT_AVAILABLE_NOW}
         */
        DS_IDENTIFIER_SIGNER_SERVICE_ERROR_DIGITAL_SIGNATURE_SERVICE_IS_NOT_AVAILABLE_NOW(
                BiometricVisionFailure.DS_IDENTIFIER_SIGNER_SERVICE_ERROR_DIGITAL_SIGNATURE_SERVICE_IS_NOT_AVAILABLE_NOW);

        private final BiometricVisionFailure code;

        TechnologyFailureCode(BiometricVisionFailure code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<TechnologyFailureCode> from(BiometricVisionFailure code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    BiometricVisionFailureTable.TechnologyFailureIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public BiometricVisionFailure asBiometricVisionFailure() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public BiometricVisionFailure.Group group() {
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
        public Optional<BiometricVisionFailure> replacement() {
            return code.replacement();
        }

        @Override
        public CanonicalReason canonicalReason() {
            return code.canonicalReason();
        }

        @Override
        public NextAction documentedAction() {
            return code.documentedAction();
        }

        @Override
        public String userText(Locale locale) {
            return code.userText(locale);
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
                case LIVENESS_CLIENT_GLASSES_CHECK_FAILED ->
                        cases.livenessClientGlassesCheckFailed();
                case LIVENESS_SERVICE_ERROR_CANT_CONNECT_TO_LIVENESS_SERVICE ->
                        cases.livenessServiceErrorCantConnectToLivenessService();
                case LIVENESS_CLIENT_MAXIMUM_NUMBER_OF_ATTEMPTS_HAS_BEEN_USED ->
                        cases.livenessClientMaximumNumberOfAttemptsHasBeenUsed();
                case LIVENESS_DIFFERENT_FACES_DIFFERENT_FACES_IN_LIVENESS_DETECTIONS ->
                        cases.livenessDifferentFacesDifferentFacesInLivenessDetections();
                case FACE2FACE_SERVICE_ERROR_CANT_CONNECT_TO_FACE2FACE_SERVICE ->
                        cases.face2faceServiceErrorCantConnectToFace2faceService();
                case FACE2FACE_CALC_RESULT_DIFFERENT_FACES ->
                        cases.face2faceCalcResultDifferentFaces();
                case FACE2FACE_SERVICE_ERROR_NO_FACE_FOUND ->
                        cases.face2faceServiceErrorNoFaceFound();
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
                case E_DOCUMENT_CLIENT_PROFILE_IS_NOT_FOUND ->
                        cases.eDocumentClientProfileIsNotFound();
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
                case GBDFL_REQUEST_ERROR_UNEXPECTED_ERROR ->
                        cases.gbdflRequestErrorUnexpectedError();
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
            };
        }

        /**
         * Handles every code of {@link TechnologyFailureCode}, one method per code named
         * after its constant. A handler that leaves one out does not compile, so a code added
         * to the spec shows up as a compile error naming the method to write. Pass one to
         * {@link TechnologyFailureCode#match}.
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

            R dsIdentifierSignerClientClientDoesNotHaveAccessToDigitalSignatureIdentifierTechnology(
                    );

            R dsIdentifierSignerServiceErrorCannotConnectToDigitalSignatureService();

            R dsIdentifierSignerServiceErrorDigitalSignatureServiceIsNotAvailableNow();
        }
    }

    /**
     * The codes a {@link FlowFailure} may hold: each stands for the
     * {@link BiometricVisionFailure} constant of the same name, with everything the
     * vendor documents about it.
     */
    @CodebookGenerated("biometric-vision")
    enum FlowFailureCode implements MappedCode, LocalizedCode {
        /**
         * {@link BiometricVisionFailure#FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED}
         */
        FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED(
                BiometricVisionFailure.FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED),

        /**
         * {@link BiometricVisionFailure#FLOW_OTHER_ANY}
         */
        FLOW_OTHER_ANY(BiometricVisionFailure.FLOW_OTHER_ANY);

        private final BiometricVisionFailure code;

        FlowFailureCode(BiometricVisionFailure code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<FlowFailureCode> from(BiometricVisionFailure code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    BiometricVisionFailureTable.FlowFailureIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public BiometricVisionFailure asBiometricVisionFailure() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public BiometricVisionFailure.Group group() {
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
        public Optional<BiometricVisionFailure> replacement() {
            return code.replacement();
        }

        @Override
        public CanonicalReason canonicalReason() {
            return code.canonicalReason();
        }

        @Override
        public NextAction documentedAction() {
            return code.documentedAction();
        }

        @Override
        public String userText(Locale locale) {
            return code.userText(locale);
        }

        /**
         * Calls the method of {@code cases} that handles this code.
         *
         * @param <R> what the handler returns
         * @return what the handler returned
         */
        public <R> R match(Cases<R> cases) {
            return switch (this) {
                case FLOW_EXPIRED_FLOW_SESSION_WAS_EXPIRED ->
                        cases.flowExpiredFlowSessionWasExpired();
                case FLOW_OTHER_ANY -> cases.flowOtherAny();
            };
        }

        /**
         * Handles every code of {@link FlowFailureCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link FlowFailureCode#match}.
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
            R flowExpiredFlowSessionWasExpired();

            R flowOtherAny();
        }
    }

    /**
     * Handles every kind of outcome. A handler that leaves one out does not compile, so a
     * kind added to the spec shows up as a compile error naming the method to write.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("biometric-vision")
    interface Cases<R> {
        /**
         * A {@link TechnologyFailure}: A technology of the flow failed, with a failure type
         * and (maybe) a detail (technology.end).
         */
        R technologyFailure(TechnologyFailure value);

        /**
         * A {@link FlowFailure}: The whole flow failed or expired (flow.end).
         */
        R flowFailure(FlowFailure value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("biometric-vision")
    interface PartialCases<R> extends Cases<R> {
        /**
         * What every kind this handler does not override gives.
         */
        R otherwise();

        @Override
        default R technologyFailure(TechnologyFailure value) {
            return otherwise();
        }

        @Override
        default R flowFailure(FlowFailure value) {
            return otherwise();
        }
    }
}
