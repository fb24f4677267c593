package golden.shipped;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The vendor's rows of {@link CanonicalReason}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog canonical-reasons"
)
@CodebookGenerated("canonical-reasons")
final class CanonicalReasonTable {
    /**
     * Where the end-user text bundles are: {@code golden/shipped/CanonicalReason_<locale>.properties}.
     */
    static final String TEXTS = "golden/shipped/CanonicalReason";

    /**
     * Row {@code i} holds the facts of {@code CanonicalReason.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<CanonicalReason>> INDEX = index();

    private CanonicalReasonTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<CanonicalReason> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<CanonicalReason> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<CanonicalReason> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("canonical-reasons", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<CanonicalReason>> index() {
        Map<String, Optional<CanonicalReason>> index = new HashMap<>();
        CanonicalReason[] codes = CanonicalReason.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("DOCUMENT_EXPIRED", CanonicalReason.Group.DOCUMENT,
                    "The document has expired; the user needs a valid one.", List.of(),
                    NextAction.USER_ACTION),
            new Row("DOCUMENT_NOT_RECOGNIZED", CanonicalReason.Group.DOCUMENT,
                    "A document is in the images, but it is not one the check can recognise "
                    + "(an unknown or unsupported kind, or not an identity document); the user "
                    + "retakes it whole, or uses another. No document at all is DOCUMENT_NOT_DETECTED; "
                    + "a poor image of a known one is IMAGE_QUALITY_POOR.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("DOCUMENT_NOT_ACCEPTED", CanonicalReason.Group.DOCUMENT,
                    "The document's type or issuer is not on the list the "
                    + "verification's settings accept (an allow-list); the "
                    + "user brings another document. A country the policy "
                    + "refuses outright (a block-list) is " + "COUNTRY_NOT_ACCEPTED.", List.of(),
                    NextAction.USER_ACTION),
            new Row("DOCUMENT_SIDE_MISSING", CanonicalReason.Group.DOCUMENT,
                    "A side of the document is missing, or the wrong side was captured.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("DOCUMENT_INVALID", CanonicalReason.Group.DOCUMENT,
                    "The document is damaged, no longer valid under local "
                    + "rules, or otherwise not a valid identity document.", List.of(),
                    NextAction.USER_ACTION),
            new Row("DOCUMENT_NOT_DETECTED", CanonicalReason.Group.DOCUMENT,
                    "No identity document is in the captured image at all; "
                    + "the user places it inside the frame and retakes it.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("IMAGE_QUALITY_POOR", CanonicalReason.Group.DOCUMENT,
                    "The image of a recognised document is too blurry, "
                    + "too dark or bright, has glare, is too small or is "
                    + "cropped; the user retakes it in better conditions.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("DATA_NOT_READABLE", CanonicalReason.Group.DATA_EXTRACTION,
                    "An essential field (name, date of birth, document number, expiry) "
                    + "is missing or could not be read; the user retakes the document. "
                    + "A field most documents do not carry is OPTIONAL_FIELD_MISSING.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("DATA_INTEGRITY_FAILED", CanonicalReason.Group.DATA_EXTRACTION,
                    "The data read from the document fail the document's own checks "
                    + "(a check digit, an impossible date or number format): often a "
                    + "misread, sometimes an altered document, so a person looks.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("DATA_MISMATCH_BETWEEN_SIDES", CanonicalReason.Group.DATA_MISMATCH,
                    "The front and back of one document disagree, as if "
                    + "they belonged to different documents. Two different "
                    + "documents disagreeing is CROSS_DOCUMENT_MISMATCH.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("DATA_MISMATCH_WITH_INPUT", CanonicalReason.Group.DATA_MISMATCH,
                    "Data the user or the application supplied "
                    + "disagree with the data read or looked up.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("USER_INPUT_INVALID", CanonicalReason.Group.DATA_MISMATCH,
                    "Data the user typed (an ID number, a name, a bank verification "
                    + "code) are malformed or do not match, and the user can correct "
                    + "them; a mismatch that needs a person is " + "DATA_MISMATCH_WITH_INPUT.",
                    List.of(), NextAction.USER_ACTION),
            new Row("CROSS_DOCUMENT_MISMATCH", CanonicalReason.Group.DATA_MISMATCH,
                    "Two different documents of the same person disagree (name, date of "
                    + "birth); a name change is the common honest case, so a person looks. "
                    + "Two sides of one document disagreeing is " + "DATA_MISMATCH_BETWEEN_SIDES.",
                    List.of(), NextAction.MANUAL_REVIEW),
            new Row("DOCUMENT_FORGERY", CanonicalReason.Group.FORGERY_AND_FRAUD,
                    "A genuine document was altered or tampered with (edited images, "
                    + "a replaced portrait, forged text); the automated scores that "
                    + "detect this have false positives, so a person looks. A document "
                    + "that is not genuine at all is DOCUMENT_COUNTERFEIT.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("DOCUMENT_COUNTERFEIT", CanonicalReason.Group.FORGERY_AND_FRAUD,
                    "The document is not genuine at all: a known sample, an "
                    + "image found online, or one generated by software. A "
                    + "genuine document that was altered is DOCUMENT_FORGERY.", List.of(),
                    NextAction.REJECT),
            new Row("DOCUMENT_RECAPTURED", CanonicalReason.Group.FORGERY_AND_FRAUD,
                    "The document was captured from a screen, a photocopy "
                    + "or a printout instead of the physical document.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("FRAUD_SUSPECTED", CanonicalReason.Group.FORGERY_AND_FRAUD,
                    "The vendor suspects fraud on the identity without a more specific reason.",
                    List.of(), NextAction.MANUAL_REVIEW),
            new Row("DUPLICATE_IDENTITY", CanonicalReason.Group.FORGERY_AND_FRAUD,
                    "The identity, document or face was already "
                    + "verified before, possibly for another user.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("FACE_NOT_DETECTED", CanonicalReason.Group.FACE,
                    "No face was found in the selfie; the user retakes it. No face on the "
                    + "document's portrait (or in a registry) is FACE_REFERENCE_UNAVAILABLE.",
                    List.of(), NextAction.RETRY_CAPTURE),
            new Row("FACE_REFERENCE_UNAVAILABLE", CanonicalReason.Group.FACE,
                    "There is no face to compare the selfie with: none on the "
                    + "document's portrait, or none in the registry the check reads. "
                    + "Not the user's fault; a selfie problem is FACE_NOT_DETECTED.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("FACE_MISMATCH", CanonicalReason.Group.FACE,
                    "The face in the selfie does not match the "
                    + "face on the document or in the registry.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("FACE_MULTIPLE", CanonicalReason.Group.FACE, "More than one face was found.",
                    List.of(), NextAction.RETRY_CAPTURE),
            new Row("FACE_CAPTURE_CONDITIONS", CanonicalReason.Group.FACE,
                    "The face could not be assessed as captured (distance, "
                    + "angle, mask, glasses, lighting, closed eyes).", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("LIVENESS_FAILED", CanonicalReason.Group.LIVENESS,
                    "The liveness check did not pass (a low score, a capture it could not "
                    + "judge); the user may try again. A detected attack is LIVENESS_ATTACK.",
                    List.of(), NextAction.RETRY_CAPTURE),
            new Row("LIVENESS_NOT_PERFORMED", CanonicalReason.Group.LIVENESS,
                    "No passed liveness check exists for the session.", List.of(),
                    NextAction.RETRY_CAPTURE),
            new Row("LIVENESS_ATTACK", CanonicalReason.Group.PRESENTATION_ATTACK,
                    "A presentation or injection attack was detected at the liveness "
                    + "or selfie check (mask, photo of a photo, screen replay, face swap "
                    + "across frames); never a bad capture, so never a coached retry.", List.of(),
                    NextAction.REJECT),
            new Row("REGISTRY_NO_MATCH", CanonicalReason.Group.REGISTRY,
                    "The identity could not be found or verified "
                    + "in the government or third-party database.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("REGISTRY_SUBJECT_NOT_ENROLLED", CanonicalReason.Group.REGISTRY,
                    "The person is not enrolled in the registry the check reads and "
                    + "can enrol themselves (Kazakhstan's mobile citizens database "
                    + "for e-documents); no reviewer can fix it. Its text names that "
                    + "registry: a second registry would need a code-level text.", List.of(),
                    NextAction.USER_ACTION),
            new Row("IDENTITY_CHECK_INCOMPLETE", CanonicalReason.Group.REGISTRY,
                    "The checks required for the level of assurance were done and "
                    + "did not reach the required scores; no result will come by "
                    + "waiting, and a person decides. Checks that could not be done "
                    + "for technical reasons are REGISTRY_SERVICE_UNAVAILABLE.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("ADDRESS_NOT_VERIFIED", CanonicalReason.Group.REGISTRY,
                    "The user's address could not be verified; "
                    + "the user needs to provide proof of address.", List.of(),
                    NextAction.USER_ACTION),
            new Row("AML_MATCH", CanonicalReason.Group.AML_AND_POLICY,
                    "A possible match on a screening list the vendor does not "
                    + "say which of (sanctions, politically exposed persons, "
                    + "adverse media or crime); a compliance officer looks.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("AML_SANCTIONS", CanonicalReason.Group.AML_AND_POLICY,
                    "A possible match on a sanctions list. Compliance holds the "
                    + "relationship and escalates before anything else happens; a "
                    + "confirmed match is frozen and reported, never just declined.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("AML_PEP", CanonicalReason.Group.AML_AND_POLICY,
                    "A possible match with a politically exposed person (or a relative or "
                    + "close associate). Not a refusal; enhanced due diligence by compliance.",
                    List.of(), NextAction.MANUAL_REVIEW),
            new Row("AML_ADVERSE_MEDIA", CanonicalReason.Group.AML_AND_POLICY,
                    "A possible match in adverse media or on a crime or watch list; "
                    + "compliance weighs it against the product's risk appetite.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("AGE_BELOW_LIMIT", CanonicalReason.Group.AML_AND_POLICY,
                    "The person is younger than the verification's age limit.", List.of(),
                    NextAction.REJECT),
            new Row("COUNTRY_NOT_ACCEPTED", CanonicalReason.Group.AML_AND_POLICY,
                    "The policy refuses identities from this country (a "
                    + "block-list, often a sanctions rule); another document "
                    + "of the same person does not help. A document type or "
                    + "issuer merely not supported is DOCUMENT_NOT_ACCEPTED.", List.of(),
                    NextAction.REJECT),
            new Row("SUSPICIOUS_BEHAVIOUR", CanonicalReason.Group.AML_AND_POLICY,
                    "The session looked suspicious (VPN or TOR, automation, several signals "
                    + "together); a person looks. One weak signal that is normal for many honest "
                    + "users (an IP country other than the document's) is RISK_SIGNAL.", List.of(),
                    NextAction.MANUAL_REVIEW),
            new Row("AGE_INFO", CanonicalReason.Group.INFORMATIONAL,
                    "An age band the vendor reports for information (under 21, under "
                    + "18 with severity none); the application compares the age with "
                    + "its own limit. A failed age requirement is AGE_BELOW_LIMIT.", List.of(),
                    NextAction.PROCEED),
            new Row("OPTIONAL_FIELD_MISSING", CanonicalReason.Group.INFORMATIONAL,
                    "A field most documents do not carry (weight, hair colour, "
                    + "endorsements) is missing; recapturing cannot make it "
                    + "appear. A missing essential field is DATA_NOT_READABLE.", List.of(),
                    NextAction.PROCEED),
            new Row("RISK_SIGNAL", CanonicalReason.Group.INFORMATIONAL,
                    "A weak risk signal that is normal for many honest users on its own "
                    + "(an IP country other than the document's); recorded, and reviewed "
                    + "only with other signals. A strong signal is SUSPICIOUS_BEHAVIOUR.",
                    List.of(), NextAction.PROCEED),
            new Row("USER_ABORTED", CanonicalReason.Group.USER_AND_SESSION,
                    "The user stopped the verification; the session "
                    + "is over, and they start a new one when ready.", List.of(),
                    NextAction.RESTART),
            new Row("SESSION_EXPIRED", CanonicalReason.Group.USER_AND_SESSION,
                    "The session or submission expired or was abandoned "
                    + "before it was completed; a new one must be started.", List.of(),
                    NextAction.RESTART),
            new Row("VERIFICATION_PENDING", CanonicalReason.Group.USER_AND_SESSION,
                    "A verification of this person is already under review at the "
                    + "vendor; nothing to do on our side but wait for its result.", List.of(),
                    NextAction.WAIT),
            new Row("RESUBMISSION_BLOCKED", CanonicalReason.Group.USER_AND_SESSION,
                    "The vendor refuses a new submission for this person "
                    + "for now (a rejected or approved period it enforces); "
                    + "not an error, and retrying at once fails again.", List.of(),
                    NextAction.REJECT),
            new Row("TOO_MANY_ATTEMPTS", CanonicalReason.Group.USER_AND_SESSION,
                    "The user used up the attempts the verification allows.", List.of(),
                    NextAction.REJECT),
            new Row("DEVICE_PROBLEM", CanonicalReason.Group.USER_AND_SESSION,
                    "The user's device could not capture (no camera, camera disabled).", List.of(),
                    NextAction.USER_ACTION),
            new Row("DOCUMENTS_NOT_PROVIDED", CanonicalReason.Group.USER_AND_SESSION,
                    "The user did not provide the documents the verification requires.", List.of(),
                    NextAction.USER_ACTION),
            new Row("INVALID_REQUEST", CanonicalReason.Group.INTEGRATION,
                    "The request sent to the vendor was malformed, incomplete or of the wrong format.",
                    List.of(), NextAction.FIX_INTEGRATION),
            new Row("AUTHENTICATION_FAILED", CanonicalReason.Group.INTEGRATION,
                    "The vendor refused our credentials.", List.of(), NextAction.FIX_INTEGRATION),
            new Row("CONFIGURATION_ERROR", CanonicalReason.Group.INTEGRATION,
                    "The vendor project, subscription or option our "
                    + "request relies on is missing, closed or not enabled.", List.of(),
                    NextAction.FIX_INTEGRATION),
            new Row("SUBMISSION_STATE_CONFLICT", CanonicalReason.Group.INTEGRATION,
                    "Our request does not fit the state of the submission at the vendor "
                    + "(a step called twice, results that already exist); an integration "
                    + "error. A verification still under the vendor's review is "
                    + "VERIFICATION_PENDING; a period the vendor enforces is "
                    + "RESUBMISSION_BLOCKED.", List.of(), NextAction.FIX_INTEGRATION),
            new Row("VENDOR_SERVICE_ERROR", CanonicalReason.Group.VENDOR_SERVICE,
                    "The vendor failed while processing the request (an internal "
                    + "error, an unexpected one). Unreachable, timed out or rate-limited "
                    + "is VENDOR_SERVICE_UNAVAILABLE; both try again later.", List.of(),
                    NextAction.RETRY_LATER),
            new Row("VENDOR_SERVICE_UNAVAILABLE", CanonicalReason.Group.VENDOR_SERVICE,
                    "The vendor, or a service it calls, could not be reached, "
                    + "timed out or limited our requests; try again later. A "
                    + "failure while processing is VENDOR_SERVICE_ERROR.", List.of(),
                    NextAction.RETRY_LATER),
            new Row("REGISTRY_SERVICE_UNAVAILABLE", CanonicalReason.Group.VENDOR_SERVICE,
                    "A government or third-party registry the vendor relies on was unavailable.",
                    List.of(), NextAction.RETRY_LATER),
            new Row("UNCLASSIFIED", CanonicalReason.Group.FALLBACK,
                    "The vendor code says too little to classify it; a person looks at the case.",
                    List.of(), NextAction.MANUAL_REVIEW),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("canonical-reasons")
    record Row(String code, CanonicalReason.Group group, String description,
            List<VendorMessage> messages, NextAction defaultAction) {
    }

    /**
     * The vendor codes of each reason, built on first use: loading a reason loads no
     * vendor catalog.
     */
    @CodebookGenerated("canonical-reasons")
    static final class MappedCodes {
        static final Map<CanonicalReason, List<MappedCode>> BY_REASON = index();

        private MappedCodes() {
        }

        private static Map<CanonicalReason, List<MappedCode>> index() {
            Map<CanonicalReason, List<MappedCode>> index = new HashMap<>();
            for (IdAnalyzerWarning code : IdAnalyzerWarning.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (BiometricVisionFailure code : BiometricVisionFailure.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (AiPriseWarning code : AiPriseWarning.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (ArgosCode code : ArgosCode.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (YotiReasonCode code : YotiReasonCode.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (YotiFailureType code : YotiFailureType.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            for (YotiFailureDetail code : YotiFailureDetail.values()) {
                index.computeIfAbsent(code.canonicalReason(),
                        reason -> new ArrayList<>()).add(code);
            }
            index.replaceAll((reason, codes) -> List.copyOf(codes));
            return Collections.unmodifiableMap(index);
        }
    }
}
