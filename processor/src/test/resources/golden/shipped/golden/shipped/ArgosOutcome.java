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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * What a response of ARGOS Identity can carry: one record per kind of outcome the
 * catalog spec declares.
 *
 * <p>Build one with the factory of its kind ({@link #retry}, {@link #requestError},
 * {@link #reject}), which never throws. A code the catalog does not document is kept
 * as {@link WireCode.Unrecognized}, beside the documented ones; a field value it does
 * not document reads as empty, and every value stays in the record's {@code sent}.
 * Handle every kind with {@link #match(Cases)}, or, on Java 21+, with a {@code switch}
 * over the records; both fail to compile when a kind is added to the spec and not
 * handled.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog argos"
)
@CodebookGenerated("argos")
public sealed interface ArgosOutcome permits ArgosOutcome.Retry, ArgosOutcome.RequestError, ArgosOutcome.Reject {
    /**
     * A {@link Retry} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param step as sent; {@code null} where the response has none
     * @param codes as sent; {@code null} where the response has none
     * @param retryCount as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Retry retry(Integer step, List<String> codes, Integer retryCount) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (step != null) {
            sent.put("step", step);
        }
        if (codes != null) {
            sent.put("codes", codes);
        }
        if (retryCount != null) {
            sent.put("retryCount", retryCount);
        }
        List<WireCode<RetryCode>> wireCodes = new ArrayList<>();
        if (codes != null) {
            for (String one : codes) {
                wireCodes.add(wireRetry(step, one));
            }
        }
        return new Retry(wireCodes, retryCount == null ? OptionalInt.empty()
                : OptionalInt.of(retryCount), sent);
    }

    /**
     * A {@link RequestError} from the values the vendor sent. Never throws: a code this
     * kind does not document is kept unrecognized, a field value its type does not
     * document reads as empty, and every value stays in {@code sent}.
     *
     * @param step as sent; {@code null} where the response has none
     * @param code as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static RequestError requestError(Integer step, String code) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (step != null) {
            sent.put("step", step);
        }
        if (code != null) {
            sent.put("code", code);
        }
        return new RequestError(wireRequestError(step, code), sent);
    }

    /**
     * A {@link Reject} from the values the vendor sent. Never throws: a code this kind
     * does not document is kept unrecognized, a field value its type does not document
     * reads as empty, and every value stays in {@code sent}.
     *
     * @param code as sent; {@code null} where the response has none
     * @return the outcome, never {@code null}
     */
    static Reject reject(String code) {
        Map<String, Object> sent = new LinkedHashMap<>();
        if (code != null) {
            sent.put("code", code);
        }
        return new Reject(wireReject(code), sent);
    }

    private static WireCode<RetryCode> wireRetry(Integer step, String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (step != null) {
            sent.put("step", String.valueOf(step));
        }
        sent.put("kind", "retry");
        if (code != null) {
            sent.put("code", code);
        }
        Optional<RetryCode> known = ArgosCodeTable.lookup(null, step, "retry", code)
                .flatMap(RetryCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("argos", "ArgosOutcome.retry", sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    private static WireCode<RequestErrorCode> wireRequestError(Integer step, String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (step != null) {
            sent.put("step", String.valueOf(step));
        }
        sent.put("kind", "error");
        if (code != null) {
            sent.put("code", code);
        }
        Optional<RequestErrorCode> known = ArgosCodeTable.lookup(null, step, "error", code)
                .flatMap(RequestErrorCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("argos", "ArgosOutcome.requestError", sent);
        }
        return known.isPresent() ? WireCode.known(known.get(), sent) : WireCode.unrecognized(sent);
    }

    private static WireCode<RejectCode> wireReject(String code) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("kind", "reject");
        if (code != null) {
            sent.put("code", code);
        }
        Optional<RejectCode> known = ArgosCodeTable.lookup(null, null, "reject", code)
                .flatMap(RejectCode::from);
        if (known.isEmpty() && sent.containsKey("code")) {
            UnknownValueReports.code("argos", "ArgosOutcome.reject", sent);
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
     * A step answered with HTTP 200 and one or more retry codes: the user is asked to
     * retry.
     *
     * @param codes the codes as sent, in order: each {@code Known} where this kind
     * documents it, {@code Unrecognized} with the values as sent where it does not
     * @param retryCount How many times the user has retried (the response's retryCount);
     * ARGOS rejects at the third retry (reject comment too_many_retry).
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("argos")
    record Retry(List<WireCode<RetryCode>> codes, OptionalInt retryCount,
            Map<String, Object> sent) implements ArgosOutcome {
        public Retry {
            codes = List.copyOf(codes);
            Objects.requireNonNull(retryCount, "retryCount");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.retry(this);
        }
    }

    /**
     * A step answered with HTTP 400 and an error code.
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("argos")
    record RequestError(WireCode<RequestErrorCode> code,
            Map<String, Object> sent) implements ArgosOutcome {
        public RequestError {
            Objects.requireNonNull(code, "code");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.requestError(this);
        }
    }

    /**
     * The KYC was rejected, with a reject comment code (kyc_result.commentCode in the
     * webhook).
     *
     * @param code the code as sent: {@code Known} where this kind documents it, {@code
     * Unrecognized} with the values as sent where it does not
     * @param sent every value as it was passed to the factory, by parameter name; one that
     * was {@code null} is left out
     */
    @CodebookGenerated("argos")
    record Reject(WireCode<RejectCode> code, Map<String, Object> sent) implements ArgosOutcome {
        public Reject {
            Objects.requireNonNull(code, "code");
            sent = SentValues.of(sent);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.reject(this);
        }
    }

    /**
     * The codes a {@link Retry} may hold: each stands for the {@link ArgosCode} constant
     * of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("argos")
    enum RetryCode implements MappedCode, LocalizedCode {
        /**
         * {@link ArgosCode#STEP1_RETRY_MRZ_PROTOCOL_FAIL}
         */
        STEP1_RETRY_MRZ_PROTOCOL_FAIL(ArgosCode.STEP1_RETRY_MRZ_PROTOCOL_FAIL),

        /**
         * {@link ArgosCode#STEP1_RETRY_BARCODE_PROTOCOL_FAIL}
         */
        STEP1_RETRY_BARCODE_PROTOCOL_FAIL(ArgosCode.STEP1_RETRY_BARCODE_PROTOCOL_FAIL),

        /**
         * {@link ArgosCode#STEP1_RETRY_INVALID_BACK_DOCUMENT}
         */
        STEP1_RETRY_INVALID_BACK_DOCUMENT(ArgosCode.STEP1_RETRY_INVALID_BACK_DOCUMENT),

        /**
         * {@link ArgosCode#STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH}
         */
        STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH(ArgosCode.STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH),

        /**
         * {@link ArgosCode#STEP1_RETRY_DOCUMENT_EXPIRED}
         */
        STEP1_RETRY_DOCUMENT_EXPIRED(ArgosCode.STEP1_RETRY_DOCUMENT_EXPIRED),

        /**
         * {@link ArgosCode#STEP1_RETRY_DOCUMENT_NAME_MISMATCH}
         */
        STEP1_RETRY_DOCUMENT_NAME_MISMATCH(ArgosCode.STEP1_RETRY_DOCUMENT_NAME_MISMATCH),

        /**
         * {@link ArgosCode#STEP1_RETRY_DOCUMENT_DOB_MISMATCH}
         */
        STEP1_RETRY_DOCUMENT_DOB_MISMATCH(ArgosCode.STEP1_RETRY_DOCUMENT_DOB_MISMATCH),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_EXPIRY_DATE}
         */
        STEP1_RETRY_MISSING_EXPIRY_DATE(ArgosCode.STEP1_RETRY_MISSING_EXPIRY_DATE),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_ISSUE_DATE}
         */
        STEP1_RETRY_MISSING_ISSUE_DATE(ArgosCode.STEP1_RETRY_MISSING_ISSUE_DATE),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_BIRTH_DATE}
         */
        STEP1_RETRY_MISSING_BIRTH_DATE(ArgosCode.STEP1_RETRY_MISSING_BIRTH_DATE),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_DOCUMENT_NUMBER}
         */
        STEP1_RETRY_MISSING_DOCUMENT_NUMBER(ArgosCode.STEP1_RETRY_MISSING_DOCUMENT_NUMBER),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_PERSONAL_NUMBER}
         */
        STEP1_RETRY_MISSING_PERSONAL_NUMBER(ArgosCode.STEP1_RETRY_MISSING_PERSONAL_NUMBER),

        /**
         * {@link ArgosCode#STEP1_RETRY_MISSING_NAME}
         */
        STEP1_RETRY_MISSING_NAME(ArgosCode.STEP1_RETRY_MISSING_NAME),

        /**
         * {@link ArgosCode#STEP1_RETRY_GLARE_DETECTED}
         */
        STEP1_RETRY_GLARE_DETECTED(ArgosCode.STEP1_RETRY_GLARE_DETECTED),

        /**
         * {@link ArgosCode#STEP1_RETRY_RECAPTURED_DOCUMENT}
         */
        STEP1_RETRY_RECAPTURED_DOCUMENT(ArgosCode.STEP1_RETRY_RECAPTURED_DOCUMENT),

        /**
         * {@link ArgosCode#STEP1_RETRY_SCREEN_DETECTED}
         */
        STEP1_RETRY_SCREEN_DETECTED(ArgosCode.STEP1_RETRY_SCREEN_DETECTED),

        /**
         * {@link ArgosCode#STEP1_RETRY_IMAGE_FORGERY}
         */
        STEP1_RETRY_IMAGE_FORGERY(ArgosCode.STEP1_RETRY_IMAGE_FORGERY),

        /**
         * {@link ArgosCode#STEP1_RETRY_FEATURE_VERIFICATION_FAILED}
         */
        STEP1_RETRY_FEATURE_VERIFICATION_FAILED(ArgosCode.STEP1_RETRY_FEATURE_VERIFICATION_FAILED),

        /**
         * {@link ArgosCode#STEP1_RETRY_IMAGE_EDITED}
         */
        STEP1_RETRY_IMAGE_EDITED(ArgosCode.STEP1_RETRY_IMAGE_EDITED),

        /**
         * {@link ArgosCode#STEP1_RETRY_FAKE_ID}
         */
        STEP1_RETRY_FAKE_ID(ArgosCode.STEP1_RETRY_FAKE_ID),

        /**
         * {@link ArgosCode#STEP1_RETRY_ARTIFICIAL_IMAGE}
         */
        STEP1_RETRY_ARTIFICIAL_IMAGE(ArgosCode.STEP1_RETRY_ARTIFICIAL_IMAGE),

        /**
         * {@link ArgosCode#STEP1_RETRY_ARTIFICIAL_TEXT}
         */
        STEP1_RETRY_ARTIFICIAL_TEXT(ArgosCode.STEP1_RETRY_ARTIFICIAL_TEXT),

        /**
         * {@link ArgosCode#STEP1_RETRY_TEXT_FORGERY}
         */
        STEP1_RETRY_TEXT_FORGERY(ArgosCode.STEP1_RETRY_TEXT_FORGERY),

        /**
         * {@link ArgosCode#STEP1_RETRY_CHECK_DIGIT_FAILED}
         */
        STEP1_RETRY_CHECK_DIGIT_FAILED(ArgosCode.STEP1_RETRY_CHECK_DIGIT_FAILED),

        /**
         * {@link ArgosCode#STEP1_RETRY_IMAGE_TOO_BLURRY}
         */
        STEP1_RETRY_IMAGE_TOO_BLURRY(ArgosCode.STEP1_RETRY_IMAGE_TOO_BLURRY),

        /**
         * {@link ArgosCode#STEP1_RETRY_BLACK_WHITE_DOCUMENT}
         */
        STEP1_RETRY_BLACK_WHITE_DOCUMENT(ArgosCode.STEP1_RETRY_BLACK_WHITE_DOCUMENT),

        /**
         * {@link ArgosCode#STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING}
         */
        STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING(ArgosCode.STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING),

        /**
         * {@link ArgosCode#STEP1_RETRY_EXPIRED_ID}
         */
        STEP1_RETRY_EXPIRED_ID(ArgosCode.STEP1_RETRY_EXPIRED_ID),

        /**
         * {@link ArgosCode#STEP1_RETRY_ID_LIVENESS_FAIL}
         */
        STEP1_RETRY_ID_LIVENESS_FAIL(ArgosCode.STEP1_RETRY_ID_LIVENESS_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_IDENTITY_VERIFICATION_FAIL}
         */
        STEP2_RETRY_IDENTITY_VERIFICATION_FAIL(ArgosCode.STEP2_RETRY_IDENTITY_VERIFICATION_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_NO_FACE}
         */
        STEP2_RETRY_NO_FACE(ArgosCode.STEP2_RETRY_NO_FACE),

        /**
         * {@link ArgosCode#STEP2_RETRY_FACE_COMPARE_UNDERSCORE}
         */
        STEP2_RETRY_FACE_COMPARE_UNDERSCORE(ArgosCode.STEP2_RETRY_FACE_COMPARE_UNDERSCORE),

        /**
         * {@link ArgosCode#STEP2_RETRY_FACE_COMPARE_FAIL}
         */
        STEP2_RETRY_FACE_COMPARE_FAIL(ArgosCode.STEP2_RETRY_FACE_COMPARE_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_FACE_DETECT_ERROR}
         */
        STEP2_RETRY_FACE_DETECT_ERROR(ArgosCode.STEP2_RETRY_FACE_DETECT_ERROR),

        /**
         * {@link ArgosCode#STEP2_RETRY_LIVENESS_FAIL}
         */
        STEP2_RETRY_LIVENESS_FAIL(ArgosCode.STEP2_RETRY_LIVENESS_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_LIVENESS_ERROR}
         */
        STEP2_RETRY_LIVENESS_ERROR(ArgosCode.STEP2_RETRY_LIVENESS_ERROR),

        /**
         * {@link ArgosCode#STEP2_RETRY_BANK_AUTHENTICATION_FAIL}
         */
        STEP2_RETRY_BANK_AUTHENTICATION_FAIL(ArgosCode.STEP2_RETRY_BANK_AUTHENTICATION_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL}
         */
        STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL(
                ArgosCode.STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL),

        /**
         * {@link ArgosCode#STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL}
         */
        STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL(
                ArgosCode.STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL);

        private final ArgosCode code;

        RetryCode(ArgosCode code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<RetryCode> from(ArgosCode code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    ArgosCodeTable.RetryIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public ArgosCode asArgosCode() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public ArgosCode.Group group() {
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
        public Optional<ArgosCode> replacement() {
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
                case STEP1_RETRY_MRZ_PROTOCOL_FAIL -> cases.step1RetryMrzProtocolFail();
                case STEP1_RETRY_BARCODE_PROTOCOL_FAIL -> cases.step1RetryBarcodeProtocolFail();
                case STEP1_RETRY_INVALID_BACK_DOCUMENT -> cases.step1RetryInvalidBackDocument();
                case STEP1_RETRY_DOCUMENT_COUNTRY_MISMATCH ->
                        cases.step1RetryDocumentCountryMismatch();
                case STEP1_RETRY_DOCUMENT_EXPIRED -> cases.step1RetryDocumentExpired();
                case STEP1_RETRY_DOCUMENT_NAME_MISMATCH -> cases.step1RetryDocumentNameMismatch();
                case STEP1_RETRY_DOCUMENT_DOB_MISMATCH -> cases.step1RetryDocumentDobMismatch();
                case STEP1_RETRY_MISSING_EXPIRY_DATE -> cases.step1RetryMissingExpiryDate();
                case STEP1_RETRY_MISSING_ISSUE_DATE -> cases.step1RetryMissingIssueDate();
                case STEP1_RETRY_MISSING_BIRTH_DATE -> cases.step1RetryMissingBirthDate();
                case STEP1_RETRY_MISSING_DOCUMENT_NUMBER -> cases.step1RetryMissingDocumentNumber();
                case STEP1_RETRY_MISSING_PERSONAL_NUMBER -> cases.step1RetryMissingPersonalNumber();
                case STEP1_RETRY_MISSING_NAME -> cases.step1RetryMissingName();
                case STEP1_RETRY_GLARE_DETECTED -> cases.step1RetryGlareDetected();
                case STEP1_RETRY_RECAPTURED_DOCUMENT -> cases.step1RetryRecapturedDocument();
                case STEP1_RETRY_SCREEN_DETECTED -> cases.step1RetryScreenDetected();
                case STEP1_RETRY_IMAGE_FORGERY -> cases.step1RetryImageForgery();
                case STEP1_RETRY_FEATURE_VERIFICATION_FAILED ->
                        cases.step1RetryFeatureVerificationFailed();
                case STEP1_RETRY_IMAGE_EDITED -> cases.step1RetryImageEdited();
                case STEP1_RETRY_FAKE_ID -> cases.step1RetryFakeId();
                case STEP1_RETRY_ARTIFICIAL_IMAGE -> cases.step1RetryArtificialImage();
                case STEP1_RETRY_ARTIFICIAL_TEXT -> cases.step1RetryArtificialText();
                case STEP1_RETRY_TEXT_FORGERY -> cases.step1RetryTextForgery();
                case STEP1_RETRY_CHECK_DIGIT_FAILED -> cases.step1RetryCheckDigitFailed();
                case STEP1_RETRY_IMAGE_TOO_BLURRY -> cases.step1RetryImageTooBlurry();
                case STEP1_RETRY_BLACK_WHITE_DOCUMENT -> cases.step1RetryBlackWhiteDocument();
                case STEP1_RETRY_PHYSICAL_DOCUMENT_MISSING ->
                        cases.step1RetryPhysicalDocumentMissing();
                case STEP1_RETRY_EXPIRED_ID -> cases.step1RetryExpiredId();
                case STEP1_RETRY_ID_LIVENESS_FAIL -> cases.step1RetryIdLivenessFail();
                case STEP2_RETRY_IDENTITY_VERIFICATION_FAIL ->
                        cases.step2RetryIdentityVerificationFail();
                case STEP2_RETRY_NO_FACE -> cases.step2RetryNoFace();
                case STEP2_RETRY_FACE_COMPARE_UNDERSCORE -> cases.step2RetryFaceCompareUnderscore();
                case STEP2_RETRY_FACE_COMPARE_FAIL -> cases.step2RetryFaceCompareFail();
                case STEP2_RETRY_FACE_DETECT_ERROR -> cases.step2RetryFaceDetectError();
                case STEP2_RETRY_LIVENESS_FAIL -> cases.step2RetryLivenessFail();
                case STEP2_RETRY_LIVENESS_ERROR -> cases.step2RetryLivenessError();
                case STEP2_RETRY_BANK_AUTHENTICATION_FAIL ->
                        cases.step2RetryBankAuthenticationFail();
                case STEP2_RETRY_BANK_AUTHENTICATION_CODE_FAIL ->
                        cases.step2RetryBankAuthenticationCodeFail();
                case STEP2_RETRY_BANK_AUTHENTICATION_NAME_FAIL ->
                        cases.step2RetryBankAuthenticationNameFail();
            };
        }

        /**
         * Handles every code of {@link RetryCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link RetryCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("argos")
        public interface Cases<R> {
            R step1RetryMrzProtocolFail();

            R step1RetryBarcodeProtocolFail();

            R step1RetryInvalidBackDocument();

            R step1RetryDocumentCountryMismatch();

            R step1RetryDocumentExpired();

            R step1RetryDocumentNameMismatch();

            R step1RetryDocumentDobMismatch();

            R step1RetryMissingExpiryDate();

            R step1RetryMissingIssueDate();

            R step1RetryMissingBirthDate();

            R step1RetryMissingDocumentNumber();

            R step1RetryMissingPersonalNumber();

            R step1RetryMissingName();

            R step1RetryGlareDetected();

            R step1RetryRecapturedDocument();

            R step1RetryScreenDetected();

            R step1RetryImageForgery();

            R step1RetryFeatureVerificationFailed();

            R step1RetryImageEdited();

            R step1RetryFakeId();

            R step1RetryArtificialImage();

            R step1RetryArtificialText();

            R step1RetryTextForgery();

            R step1RetryCheckDigitFailed();

            R step1RetryImageTooBlurry();

            R step1RetryBlackWhiteDocument();

            R step1RetryPhysicalDocumentMissing();

            R step1RetryExpiredId();

            R step1RetryIdLivenessFail();

            R step2RetryIdentityVerificationFail();

            R step2RetryNoFace();

            R step2RetryFaceCompareUnderscore();

            R step2RetryFaceCompareFail();

            R step2RetryFaceDetectError();

            R step2RetryLivenessFail();

            R step2RetryLivenessError();

            R step2RetryBankAuthenticationFail();

            R step2RetryBankAuthenticationCodeFail();

            R step2RetryBankAuthenticationNameFail();
        }
    }

    /**
     * The codes a {@link RequestError} may hold: each stands for the {@link ArgosCode}
     * constant of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("argos")
    enum RequestErrorCode implements MappedCode, LocalizedCode {
        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_PAYLOAD}
         */
        STEP1_ERROR_INVALID_PAYLOAD(ArgosCode.STEP1_ERROR_INVALID_PAYLOAD),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_ID_IMAGE}
         */
        STEP1_ERROR_INVALID_ID_IMAGE(ArgosCode.STEP1_ERROR_INVALID_ID_IMAGE),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_REQUEST}
         */
        STEP1_ERROR_INVALID_REQUEST(ArgosCode.STEP1_ERROR_INVALID_REQUEST),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_PROJECT}
         */
        STEP1_ERROR_INVALID_PROJECT(ArgosCode.STEP1_ERROR_INVALID_PROJECT),

        /**
         * {@link ArgosCode#STEP1_ERROR_MISSING_PARAMETERS}
         */
        STEP1_ERROR_MISSING_PARAMETERS(ArgosCode.STEP1_ERROR_MISSING_PARAMETERS),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_ID_TYPE_SNAKE}
         */
        STEP1_ERROR_INVALID_ID_TYPE_SNAKE(ArgosCode.STEP1_ERROR_INVALID_ID_TYPE_SNAKE),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_INPUT_FORMAT}
         */
        STEP1_ERROR_INVALID_INPUT_FORMAT(ArgosCode.STEP1_ERROR_INVALID_INPUT_FORMAT),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_EMAIL}
         */
        STEP1_ERROR_INVALID_EMAIL(ArgosCode.STEP1_ERROR_INVALID_EMAIL),

        /**
         * {@link ArgosCode#STEP1_ERROR_ID_IMAGE_ERROR}
         */
        STEP1_ERROR_ID_IMAGE_ERROR(ArgosCode.STEP1_ERROR_ID_IMAGE_ERROR),

        /**
         * {@link ArgosCode#STEP1_ERROR_DATA_PROCESSING_ERROR}
         */
        STEP1_ERROR_DATA_PROCESSING_ERROR(ArgosCode.STEP1_ERROR_DATA_PROCESSING_ERROR),

        /**
         * {@link ArgosCode#STEP1_ERROR_SAVE_IMAGE_ERROR}
         */
        STEP1_ERROR_SAVE_IMAGE_ERROR(ArgosCode.STEP1_ERROR_SAVE_IMAGE_ERROR),

        /**
         * {@link ArgosCode#STEP1_ERROR_PROCESSED_SUBMISSION}
         */
        STEP1_ERROR_PROCESSED_SUBMISSION(ArgosCode.STEP1_ERROR_PROCESSED_SUBMISSION),

        /**
         * {@link ArgosCode#STEP1_ERROR_REJECTED_SUBMISSION}
         */
        STEP1_ERROR_REJECTED_SUBMISSION(ArgosCode.STEP1_ERROR_REJECTED_SUBMISSION),

        /**
         * {@link ArgosCode#STEP1_ERROR_REVIEWING}
         */
        STEP1_ERROR_REVIEWING(ArgosCode.STEP1_ERROR_REVIEWING),

        /**
         * {@link ArgosCode#STEP1_ERROR_NOT_AN_ID}
         */
        STEP1_ERROR_NOT_AN_ID(ArgosCode.STEP1_ERROR_NOT_AN_ID),

        /**
         * {@link ArgosCode#STEP1_ERROR_ID_DETECTION_ERROR}
         */
        STEP1_ERROR_ID_DETECTION_ERROR(ArgosCode.STEP1_ERROR_ID_DETECTION_ERROR),

        /**
         * {@link ArgosCode#STEP1_ERROR_OCR_FAIL}
         */
        STEP1_ERROR_OCR_FAIL(ArgosCode.STEP1_ERROR_OCR_FAIL),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_ID}
         */
        STEP1_ERROR_INVALID_ID(ArgosCode.STEP1_ERROR_INVALID_ID),

        /**
         * {@link ArgosCode#STEP1_ERROR_ID_VALIDATION_ERROR}
         */
        STEP1_ERROR_ID_VALIDATION_ERROR(ArgosCode.STEP1_ERROR_ID_VALIDATION_ERROR),

        /**
         * {@link ArgosCode#STEP1_ERROR_INVALID_ID_TYPE}
         */
        STEP1_ERROR_INVALID_ID_TYPE(ArgosCode.STEP1_ERROR_INVALID_ID_TYPE),

        /**
         * {@link ArgosCode#STEP1_ERROR_ID_LIVENESS_ERROR}
         */
        STEP1_ERROR_ID_LIVENESS_ERROR(ArgosCode.STEP1_ERROR_ID_LIVENESS_ERROR),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_PAYLOAD}
         */
        STEP2_ERROR_INVALID_PAYLOAD(ArgosCode.STEP2_ERROR_INVALID_PAYLOAD),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_REQUEST}
         */
        STEP2_ERROR_INVALID_REQUEST(ArgosCode.STEP2_ERROR_INVALID_REQUEST),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_FACE_IMAGE}
         */
        STEP2_ERROR_INVALID_FACE_IMAGE(ArgosCode.STEP2_ERROR_INVALID_FACE_IMAGE),

        /**
         * {@link ArgosCode#STEP2_ERROR_MISSING_PARAMETERS}
         */
        STEP2_ERROR_MISSING_PARAMETERS(ArgosCode.STEP2_ERROR_MISSING_PARAMETERS),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_ADDRESS_IMAGE}
         */
        STEP2_ERROR_INVALID_ADDRESS_IMAGE(ArgosCode.STEP2_ERROR_INVALID_ADDRESS_IMAGE),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_SUBMISSION_ID}
         */
        STEP2_ERROR_INVALID_SUBMISSION_ID(ArgosCode.STEP2_ERROR_INVALID_SUBMISSION_ID),

        /**
         * {@link ArgosCode#STEP2_ERROR_NO_SUBMISSION}
         */
        STEP2_ERROR_NO_SUBMISSION(ArgosCode.STEP2_ERROR_NO_SUBMISSION),

        /**
         * {@link ArgosCode#STEP2_ERROR_PROCESSED_SUBMISSION}
         */
        STEP2_ERROR_PROCESSED_SUBMISSION(ArgosCode.STEP2_ERROR_PROCESSED_SUBMISSION),

        /**
         * {@link ArgosCode#STEP2_ERROR_REJECTED_SUBMISSION}
         */
        STEP2_ERROR_REJECTED_SUBMISSION(ArgosCode.STEP2_ERROR_REJECTED_SUBMISSION),

        /**
         * {@link ArgosCode#STEP2_ERROR_UNAUTHORIZED}
         */
        STEP2_ERROR_UNAUTHORIZED(ArgosCode.STEP2_ERROR_UNAUTHORIZED),

        /**
         * {@link ArgosCode#STEP2_ERROR_MISSING_ADDRESS}
         */
        STEP2_ERROR_MISSING_ADDRESS(ArgosCode.STEP2_ERROR_MISSING_ADDRESS),

        /**
         * {@link ArgosCode#STEP2_ERROR_UNEXPECTED_ERROR}
         */
        STEP2_ERROR_UNEXPECTED_ERROR(ArgosCode.STEP2_ERROR_UNEXPECTED_ERROR),

        /**
         * {@link ArgosCode#STEP2_ERROR_VERIFY_KOR_ERROR}
         */
        STEP2_ERROR_VERIFY_KOR_ERROR(ArgosCode.STEP2_ERROR_VERIFY_KOR_ERROR),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_BANK_AUTHENTICATION}
         */
        STEP2_ERROR_INVALID_BANK_AUTHENTICATION(ArgosCode.STEP2_ERROR_INVALID_BANK_AUTHENTICATION),

        /**
         * {@link ArgosCode#STEP2_ERROR_MISSING_REQUIRED_FIELD}
         */
        STEP2_ERROR_MISSING_REQUIRED_FIELD(ArgosCode.STEP2_ERROR_MISSING_REQUIRED_FIELD),

        /**
         * {@link ArgosCode#STEP2_ERROR_BANK_AUTHENTICATION_FAIL}
         */
        STEP2_ERROR_BANK_AUTHENTICATION_FAIL(ArgosCode.STEP2_ERROR_BANK_AUTHENTICATION_FAIL),

        /**
         * {@link ArgosCode#STEP2_ERROR_EXCEEDED_72HOUR_LIMIT}
         */
        STEP2_ERROR_EXCEEDED_72HOUR_LIMIT(ArgosCode.STEP2_ERROR_EXCEEDED_72HOUR_LIMIT),

        /**
         * {@link ArgosCode#STEP2_ERROR_INVALID_ID_TYPE}
         */
        STEP2_ERROR_INVALID_ID_TYPE(ArgosCode.STEP2_ERROR_INVALID_ID_TYPE),

        /**
         * {@link ArgosCode#STEP2_ERROR_FACE_VALIDATION_ERROR}
         */
        STEP2_ERROR_FACE_VALIDATION_ERROR(ArgosCode.STEP2_ERROR_FACE_VALIDATION_ERROR);

        private final ArgosCode code;

        RequestErrorCode(ArgosCode code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<RequestErrorCode> from(ArgosCode code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    ArgosCodeTable.RequestErrorIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public ArgosCode asArgosCode() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public ArgosCode.Group group() {
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
        public Optional<ArgosCode> replacement() {
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
                case STEP1_ERROR_INVALID_PAYLOAD -> cases.step1ErrorInvalidPayload();
                case STEP1_ERROR_INVALID_ID_IMAGE -> cases.step1ErrorInvalidIdImage();
                case STEP1_ERROR_INVALID_REQUEST -> cases.step1ErrorInvalidRequest();
                case STEP1_ERROR_INVALID_PROJECT -> cases.step1ErrorInvalidProject();
                case STEP1_ERROR_MISSING_PARAMETERS -> cases.step1ErrorMissingParameters();
                case STEP1_ERROR_INVALID_ID_TYPE_SNAKE -> cases.step1ErrorInvalidIdTypeSnake();
                case STEP1_ERROR_INVALID_INPUT_FORMAT -> cases.step1ErrorInvalidInputFormat();
                case STEP1_ERROR_INVALID_EMAIL -> cases.step1ErrorInvalidEmail();
                case STEP1_ERROR_ID_IMAGE_ERROR -> cases.step1ErrorIdImageError();
                case STEP1_ERROR_DATA_PROCESSING_ERROR -> cases.step1ErrorDataProcessingError();
                case STEP1_ERROR_SAVE_IMAGE_ERROR -> cases.step1ErrorSaveImageError();
                case STEP1_ERROR_PROCESSED_SUBMISSION -> cases.step1ErrorProcessedSubmission();
                case STEP1_ERROR_REJECTED_SUBMISSION -> cases.step1ErrorRejectedSubmission();
                case STEP1_ERROR_REVIEWING -> cases.step1ErrorReviewing();
                case STEP1_ERROR_NOT_AN_ID -> cases.step1ErrorNotAnId();
                case STEP1_ERROR_ID_DETECTION_ERROR -> cases.step1ErrorIdDetectionError();
                case STEP1_ERROR_OCR_FAIL -> cases.step1ErrorOcrFail();
                case STEP1_ERROR_INVALID_ID -> cases.step1ErrorInvalidId();
                case STEP1_ERROR_ID_VALIDATION_ERROR -> cases.step1ErrorIdValidationError();
                case STEP1_ERROR_INVALID_ID_TYPE -> cases.step1ErrorInvalidIdType();
                case STEP1_ERROR_ID_LIVENESS_ERROR -> cases.step1ErrorIdLivenessError();
                case STEP2_ERROR_INVALID_PAYLOAD -> cases.step2ErrorInvalidPayload();
                case STEP2_ERROR_INVALID_REQUEST -> cases.step2ErrorInvalidRequest();
                case STEP2_ERROR_INVALID_FACE_IMAGE -> cases.step2ErrorInvalidFaceImage();
                case STEP2_ERROR_MISSING_PARAMETERS -> cases.step2ErrorMissingParameters();
                case STEP2_ERROR_INVALID_ADDRESS_IMAGE -> cases.step2ErrorInvalidAddressImage();
                case STEP2_ERROR_INVALID_SUBMISSION_ID -> cases.step2ErrorInvalidSubmissionId();
                case STEP2_ERROR_NO_SUBMISSION -> cases.step2ErrorNoSubmission();
                case STEP2_ERROR_PROCESSED_SUBMISSION -> cases.step2ErrorProcessedSubmission();
                case STEP2_ERROR_REJECTED_SUBMISSION -> cases.step2ErrorRejectedSubmission();
                case STEP2_ERROR_UNAUTHORIZED -> cases.step2ErrorUnauthorized();
                case STEP2_ERROR_MISSING_ADDRESS -> cases.step2ErrorMissingAddress();
                case STEP2_ERROR_UNEXPECTED_ERROR -> cases.step2ErrorUnexpectedError();
                case STEP2_ERROR_VERIFY_KOR_ERROR -> cases.step2ErrorVerifyKorError();
                case STEP2_ERROR_INVALID_BANK_AUTHENTICATION ->
                        cases.step2ErrorInvalidBankAuthentication();
                case STEP2_ERROR_MISSING_REQUIRED_FIELD -> cases.step2ErrorMissingRequiredField();
                case STEP2_ERROR_BANK_AUTHENTICATION_FAIL ->
                        cases.step2ErrorBankAuthenticationFail();
                case STEP2_ERROR_EXCEEDED_72HOUR_LIMIT -> cases.step2ErrorExceeded72hourLimit();
                case STEP2_ERROR_INVALID_ID_TYPE -> cases.step2ErrorInvalidIdType();
                case STEP2_ERROR_FACE_VALIDATION_ERROR -> cases.step2ErrorFaceValidationError();
            };
        }

        /**
         * Handles every code of {@link RequestErrorCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link RequestErrorCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("argos")
        public interface Cases<R> {
            R step1ErrorInvalidPayload();

            R step1ErrorInvalidIdImage();

            R step1ErrorInvalidRequest();

            R step1ErrorInvalidProject();

            R step1ErrorMissingParameters();

            R step1ErrorInvalidIdTypeSnake();

            R step1ErrorInvalidInputFormat();

            R step1ErrorInvalidEmail();

            R step1ErrorIdImageError();

            R step1ErrorDataProcessingError();

            R step1ErrorSaveImageError();

            R step1ErrorProcessedSubmission();

            R step1ErrorRejectedSubmission();

            R step1ErrorReviewing();

            R step1ErrorNotAnId();

            R step1ErrorIdDetectionError();

            R step1ErrorOcrFail();

            R step1ErrorInvalidId();

            R step1ErrorIdValidationError();

            R step1ErrorInvalidIdType();

            R step1ErrorIdLivenessError();

            R step2ErrorInvalidPayload();

            R step2ErrorInvalidRequest();

            R step2ErrorInvalidFaceImage();

            R step2ErrorMissingParameters();

            R step2ErrorInvalidAddressImage();

            R step2ErrorInvalidSubmissionId();

            R step2ErrorNoSubmission();

            R step2ErrorProcessedSubmission();

            R step2ErrorRejectedSubmission();

            R step2ErrorUnauthorized();

            R step2ErrorMissingAddress();

            R step2ErrorUnexpectedError();

            R step2ErrorVerifyKorError();

            R step2ErrorInvalidBankAuthentication();

            R step2ErrorMissingRequiredField();

            R step2ErrorBankAuthenticationFail();

            R step2ErrorExceeded72hourLimit();

            R step2ErrorInvalidIdType();

            R step2ErrorFaceValidationError();
        }
    }

    /**
     * The codes a {@link Reject} may hold: each stands for the {@link ArgosCode}
     * constant of the same name, with everything the vendor documents about it.
     */
    @CodebookGenerated("argos")
    enum RejectCode implements MappedCode, LocalizedCode {
        /**
         * {@link ArgosCode#REJECT_TOO_MANY_RETRY}
         */
        REJECT_TOO_MANY_RETRY(ArgosCode.REJECT_TOO_MANY_RETRY),

        /**
         * {@link ArgosCode#REJECT_TIMEOUT}
         */
        REJECT_TIMEOUT(ArgosCode.REJECT_TIMEOUT),

        /**
         * {@link ArgosCode#REJECT_DUPLICATE_USER}
         */
        REJECT_DUPLICATE_USER(ArgosCode.REJECT_DUPLICATE_USER),

        /**
         * {@link ArgosCode#REJECT_BLACKLIST_COUNTRY}
         */
        REJECT_BLACKLIST_COUNTRY(ArgosCode.REJECT_BLACKLIST_COUNTRY),

        /**
         * {@link ArgosCode#REJECT_UNDER_AGE_LIMIT}
         */
        REJECT_UNDER_AGE_LIMIT(ArgosCode.REJECT_UNDER_AGE_LIMIT),

        /**
         * {@link ArgosCode#REJECT_INVALID_ACCEPTED_ID}
         */
        REJECT_INVALID_ACCEPTED_ID(ArgosCode.REJECT_INVALID_ACCEPTED_ID),

        /**
         * {@link ArgosCode#REJECT_ID_IMAGE_INVALID_IMAGE}
         */
        REJECT_ID_IMAGE_INVALID_IMAGE(ArgosCode.REJECT_ID_IMAGE_INVALID_IMAGE),

        /**
         * {@link ArgosCode#REJECT_ID_IMAGE_INVALID_ID}
         */
        REJECT_ID_IMAGE_INVALID_ID(ArgosCode.REJECT_ID_IMAGE_INVALID_ID),

        /**
         * {@link ArgosCode#REJECT_ID_IMAGE_ERROR}
         */
        REJECT_ID_IMAGE_ERROR(ArgosCode.REJECT_ID_IMAGE_ERROR),

        /**
         * {@link ArgosCode#REJECT_ID_IMAGE_BAD_IMAGE}
         */
        REJECT_ID_IMAGE_BAD_IMAGE(ArgosCode.REJECT_ID_IMAGE_BAD_IMAGE),

        /**
         * {@link ArgosCode#REJECT_ID_INFO_DATA_MISMATCH}
         */
        REJECT_ID_INFO_DATA_MISMATCH(ArgosCode.REJECT_ID_INFO_DATA_MISMATCH),

        /**
         * {@link ArgosCode#REJECT_ID_INFO_BLACKLIST}
         */
        REJECT_ID_INFO_BLACKLIST(ArgosCode.REJECT_ID_INFO_BLACKLIST),

        /**
         * {@link ArgosCode#REJECT_ID_INFO_NOT_OF_AGE}
         */
        REJECT_ID_INFO_NOT_OF_AGE(ArgosCode.REJECT_ID_INFO_NOT_OF_AGE),

        /**
         * {@link ArgosCode#REJECT_ADDRESS_IMAGE_INVALID_IMAGE}
         */
        REJECT_ADDRESS_IMAGE_INVALID_IMAGE(ArgosCode.REJECT_ADDRESS_IMAGE_INVALID_IMAGE),

        /**
         * {@link ArgosCode#REJECT_ADDRESS_IMAGE_ERROR}
         */
        REJECT_ADDRESS_IMAGE_ERROR(ArgosCode.REJECT_ADDRESS_IMAGE_ERROR),

        /**
         * {@link ArgosCode#REJECT_ADDRESS_IMAGE_BAD_IMAGE}
         */
        REJECT_ADDRESS_IMAGE_BAD_IMAGE(ArgosCode.REJECT_ADDRESS_IMAGE_BAD_IMAGE),

        /**
         * {@link ArgosCode#REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT}
         */
        REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT(ArgosCode.REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT),

        /**
         * {@link ArgosCode#REJECT_ADDRESS_INFO_DATA_MISMATCH}
         */
        REJECT_ADDRESS_INFO_DATA_MISMATCH(ArgosCode.REJECT_ADDRESS_INFO_DATA_MISMATCH),

        /**
         * {@link ArgosCode#REJECT_OTHER}
         */
        REJECT_OTHER(ArgosCode.REJECT_OTHER),

        /**
         * {@link ArgosCode#REJECT_DUPLICATED_FACE}
         */
        REJECT_DUPLICATED_FACE(ArgosCode.REJECT_DUPLICATED_FACE);

        private final ArgosCode code;

        RejectCode(ArgosCode code) {
            this.code = code;
        }

        /**
         * The code as such an outcome holds it; empty when the outcome cannot hold it ({@code
         * null} included).
         */
        public static Optional<RejectCode> from(ArgosCode code) {
            return code == null ? Optional.empty() : Optional.ofNullable(
                    ArgosCodeTable.RejectIndex.BY_CODE.get(code));
        }

        /**
         * The same code as a constant of the whole catalog, with every attribute the vendor
         * documents.
         */
        public ArgosCode asArgosCode() {
            return code;
        }

        @Override
        public String code() {
            return code.code();
        }

        @Override
        public ArgosCode.Group group() {
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
        public Optional<ArgosCode> replacement() {
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
                case REJECT_TOO_MANY_RETRY -> cases.rejectTooManyRetry();
                case REJECT_TIMEOUT -> cases.rejectTimeout();
                case REJECT_DUPLICATE_USER -> cases.rejectDuplicateUser();
                case REJECT_BLACKLIST_COUNTRY -> cases.rejectBlacklistCountry();
                case REJECT_UNDER_AGE_LIMIT -> cases.rejectUnderAgeLimit();
                case REJECT_INVALID_ACCEPTED_ID -> cases.rejectInvalidAcceptedId();
                case REJECT_ID_IMAGE_INVALID_IMAGE -> cases.rejectIdImageInvalidImage();
                case REJECT_ID_IMAGE_INVALID_ID -> cases.rejectIdImageInvalidId();
                case REJECT_ID_IMAGE_ERROR -> cases.rejectIdImageError();
                case REJECT_ID_IMAGE_BAD_IMAGE -> cases.rejectIdImageBadImage();
                case REJECT_ID_INFO_DATA_MISMATCH -> cases.rejectIdInfoDataMismatch();
                case REJECT_ID_INFO_BLACKLIST -> cases.rejectIdInfoBlacklist();
                case REJECT_ID_INFO_NOT_OF_AGE -> cases.rejectIdInfoNotOfAge();
                case REJECT_ADDRESS_IMAGE_INVALID_IMAGE -> cases.rejectAddressImageInvalidImage();
                case REJECT_ADDRESS_IMAGE_ERROR -> cases.rejectAddressImageError();
                case REJECT_ADDRESS_IMAGE_BAD_IMAGE -> cases.rejectAddressImageBadImage();
                case REJECT_ADDRESS_INFO_EXPIRED_DOCUMENT ->
                        cases.rejectAddressInfoExpiredDocument();
                case REJECT_ADDRESS_INFO_DATA_MISMATCH -> cases.rejectAddressInfoDataMismatch();
                case REJECT_OTHER -> cases.rejectOther();
                case REJECT_DUPLICATED_FACE -> cases.rejectDuplicatedFace();
            };
        }

        /**
         * Handles every code of {@link RejectCode}, one method per code named after its
         * constant. A handler that leaves one out does not compile, so a code added to the
         * spec shows up as a compile error naming the method to write. Pass one to
         * {@link RejectCode#match}.
         *
         * <p>While the type is one enum, a {@code switch} over it checks the same; this
         * handler keeps working when a catalog grows past what one enum holds. To handle some
         * codes and let the others through, compare with {@code ==} or switch on {@code
         * group()}.
         *
         * @param <R> what handling a code returns
         */
        @CodebookGenerated("argos")
        public interface Cases<R> {
            R rejectTooManyRetry();

            R rejectTimeout();

            R rejectDuplicateUser();

            R rejectBlacklistCountry();

            R rejectUnderAgeLimit();

            R rejectInvalidAcceptedId();

            R rejectIdImageInvalidImage();

            R rejectIdImageInvalidId();

            R rejectIdImageError();

            R rejectIdImageBadImage();

            R rejectIdInfoDataMismatch();

            R rejectIdInfoBlacklist();

            R rejectIdInfoNotOfAge();

            R rejectAddressImageInvalidImage();

            R rejectAddressImageError();

            R rejectAddressImageBadImage();

            R rejectAddressInfoExpiredDocument();

            R rejectAddressInfoDataMismatch();

            R rejectOther();

            R rejectDuplicatedFace();
        }
    }

    /**
     * Handles every kind of outcome. A handler that leaves one out does not compile, so a
     * kind added to the spec shows up as a compile error naming the method to write.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("argos")
    interface Cases<R> {
        /**
         * A {@link Retry}: A step answered with HTTP 200 and one or more retry codes: the
         * user is asked to retry.
         */
        R retry(Retry value);

        /**
         * A {@link RequestError}: A step answered with HTTP 400 and an error code.
         */
        R requestError(RequestError value);

        /**
         * A {@link Reject}: The KYC was rejected, with a reject comment code
         * (kyc_result.commentCode in the webhook).
         */
        R reject(Reject value);
    }

    /**
     * Handles the kinds of outcome it overrides and gives every other kind to {@link
     * #otherwise()}, which must be written.
     *
     * @param <R> what handling an outcome returns
     */
    @CodebookGenerated("argos")
    interface PartialCases<R> extends Cases<R> {
        /**
         * What every kind this handler does not override gives.
         */
        R otherwise();

        @Override
        default R retry(Retry value) {
            return otherwise();
        }

        @Override
        default R requestError(RequestError value) {
            return otherwise();
        }

        @Override
        default R reject(Reject value) {
            return otherwise();
        }
    }
}
