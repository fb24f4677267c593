package golden.shipped;

import io.codebook.runtime.Attempts;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.Finding;
import io.codebook.runtime.Policy;
import io.codebook.runtime.Resolution;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.UnrecognizedResponse;
import io.codebook.runtime.VendorResponse;
import io.codebook.runtime.Verdict;
import io.codebook.runtime.internal.SentValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * A body Yoti sends, as the catalog spec describes its shapes: one record per shape,
 * and {@link Unrecognized} for a body of none.
 *
 * <p>Read one with {@link #read}, which never throws and never returns {@code null};
 * each record holds what the vendor concluded ({@link #verdict()}), the typed outcomes
 * of its shape, every code it carried, documented or not ({@link #findings()}), and
 * the body itself. {@link #resolve()} gives the next action, which never proceeds
 * unless the vendor approved. Handle every shape with {@link #match(Cases)}, or, on
 * Java 21+, with a {@code switch} over the records; both fail to compile when the spec
 * gains a shape.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog yoti-reason"
)
@CodebookGenerated("yoti-reason")
public sealed interface YotiResponse extends VendorResponse permits YotiResponse.IdentityProfileAborted, YotiResponse.IdentityProfile, YotiResponse.AdvancedIdentityProfileAborted, YotiResponse.AdvancedIdentityProfile, YotiResponse.ShareError, YotiResponse.Share, YotiResponse.ShareV1, YotiResponse.Session, YotiResponse.ErrorBody, YotiResponse.Unrecognized {
    /**
     * Reads Yoti's bodies, for an application that holds the readers of all its vendors in
     * one list.
     */
    ResponseReader<YotiResponse> READER = new YotiResponseReader();

    /**
     * Reads a body: the record of the first shape whose conditions it meets, in the spec's
     * order, else {@link Unrecognized}. Never throws and never returns {@code null}, for
     * any tree.
     *
     * @param tree the body as a JSON library gives it: {@code Map}, {@code List}, {@code
     * String}, {@code Number}, {@code Boolean} or {@code null} (Jackson's {@code
     * readValue(json, Object.class)}, Gson's {@code fromJson(json, Object.class)},
     * org.json's {@code toMap()})
     * @return the body as read
     */
    static YotiResponse read(Object tree) {
        return YotiResponseReader.read(tree);
    }

    /**
     * Whether {@code tree} has one of the shapes the spec describes. Never throws.
     *
     * @param tree the body as a JSON library gives it
     * @return whether {@link #read} recognises it
     */
    static boolean recognises(Object tree) {
        return YotiResponseReader.matches(tree);
    }

    /**
     * Calls the method of {@code cases} that handles this shape of body.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    <R> R match(Cases<R> cases);

    /**
     * The next action for this body under the application's policy: the captures counted
     * are the body's own count where it is larger, and the attempt limit is the policy's
     * for this catalog, else the one the vendor documents.
     */
    @Override
    default Resolution resolve(Policy policy, Attempts attempts) {
        Policy rules = policy == null ? Policy.DEFAULTS : policy;
        Attempts counted = (attempts == null ? Attempts.NONE : attempts)
                .withCapturesAtLeast(attemptsMade().orElse(0));
        return Resolution.resolve(verdict(), findings(), counted,
                rules.attemptLimit(YotiReasonCode.CATALOG), rules);
    }

    /**
     * An IDV session whose identity profile was aborted: the reason code, and each
     * requirement not met with its failure type and details.
     *
     * <p>Source:
     * https://yoti-developer-documentation.developerhub.io/dbs-rtw/error-responses
     *
     * <p>Note: The page's examples are fragments holding only identity_profile; empty
     * values are sent as "".
     *
     * <p>Note: The official SDKs disagree on requirements_not_met_details: a list in Node,
     * PHP and the .NET releases, a single object in some .NET work; both are read.
     *
     * <p>Note: Documents the user said they could not provide do not appear in the failure
     * details.
     *
     * @param verdict what the vendor concluded
     * @param aborted the body's {@link Aborted}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record IdentityProfileAborted(Verdict verdict, YotiOutcome.Aborted aborted,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements YotiResponse {
        public IdentityProfileAborted {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(aborted, "aborted");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "identity-profile-aborted";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.identityProfileAborted(this);
        }
    }

    /**
     * An IDV session with an identity profile that was not aborted: each scheme's
     * compliance decides, and a reason code says what was not met.
     *
     * <p>Source:
     * github:getyoti/yoti-dotnet-sdk:test/Yoti.Auth.Tests/TestData/GetSessionResultWithIdentityProfile.json&#64;2da84755b274e98c1f71f35f7f7949ea4768b7c5
     *
     * <p>Note: A profile can be returned with requirements_met false and no failure_reason
     * at all.
     *
     * @param verdict what the vendor concluded
     * @param requirementsNotMet the body's {@link RequirementsNotMet}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record IdentityProfile(Verdict verdict, YotiOutcome.RequirementsNotMet requirementsNotMet,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements YotiResponse {
        public IdentityProfile {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(requirementsNotMet, "requirementsNotMet");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "identity-profile";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.identityProfile(this);
        }
    }

    /**
     * An IDV session whose advanced identity profile (IDV, Yoti Global) was aborted.
     *
     * <p>Source:
     * github:getyoti/yoti-node-sdk:tests/idv_service/session/retrieve/get.session.result.spec.js&#64;6b4da4605ce189d2b8093f596a0be0d98c0b85b4
     *
     * <p>Note: No published body has an aborted advanced profile; the shape is that of
     * identity_profile under advanced_identity_profile, as the SDKs read it.
     *
     * @param verdict what the vendor concluded
     * @param aborted the body's {@link Aborted}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record AdvancedIdentityProfileAborted(Verdict verdict, YotiOutcome.Aborted aborted,
            List<Finding> findings, Map<String, String> statuses, Map<String, String> details,
            OptionalInt attemptsMade, Object tree) implements YotiResponse {
        public AdvancedIdentityProfileAborted {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(aborted, "aborted");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "advanced-identity-profile-aborted";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.advancedIdentityProfileAborted(this);
        }
    }

    /**
     * An IDV session with an advanced identity profile that was not aborted: every scheme
     * of every trust framework decides.
     *
     * <p>Source:
     * github:getyoti/yoti-node-sdk:tests/idv_service/session/retrieve/get.session.result.spec.js&#64;6b4da4605ce189d2b8093f596a0be0d98c0b85b4
     *
     * @param verdict what the vendor concluded
     * @param requirementsNotMet the body's {@link RequirementsNotMet}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record AdvancedIdentityProfile(Verdict verdict,
            YotiOutcome.RequirementsNotMet requirementsNotMet, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public AdvancedIdentityProfile {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(requirementsNotMet, "requirementsNotMet");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "advanced-identity-profile";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.advancedIdentityProfile(this);
        }
    }

    /**
     * A Digital ID share receipt (v2) with an error: the share did not complete, with the
     * error and each requirement not met.
     *
     * <p>Source:
     * github:getyoti/yoti-node-sdk:tests/digital_identity_service/get.share.receipt.result.spec.js&#64;6b4da4605ce189d2b8093f596a0be0d98c0b85b4
     *
     * <p>Note: The outer keys are camelCase (errorReason, sessionId), the inner ones
     * snake_case.
     *
     * <p>Note: The SDKs disagree on errorReason.requirements_not_met_details: a list, a
     * single object, null; all are read.
     *
     * @param verdict what the vendor concluded
     * @param aborted the body's {@link Aborted}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record ShareError(Verdict verdict, YotiOutcome.Aborted aborted, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public ShareError {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(aborted, "aborted");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "share-error";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.shareError(this);
        }
    }

    /**
     * A Digital ID share receipt (v2) without an error: the user shared what was asked.
     *
     * <p>Source:
     * github:getyoti/yoti-node-sdk:tests/digital_identity_service/get.share.receipt.result.spec.js&#64;6b4da4605ce189d2b8093f596a0be0d98c0b85b4
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record Share(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public Share {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "share";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.share(this);
        }
    }

    /**
     * A Digital ID share (v1) receipt: its outcome and, when it failed, its error details.
     *
     * <p>Source:
     * github:getyoti/yoti-dotnet-sdk:test/Yoti.Auth.Tests/TestData/ShareFailure.json&#64;2da84755b274e98c1f71f35f7f7949ea4768b7c5
     *
     * <p>Note: A FAILURE can come without error_details, or with error_details and no
     * error_code (the .NET SDK's fixtures).
     *
     * <p>Note: The PHP SDK's sample receipt pairs SUCCESS with error_details
     * FRAUD_DETECTED: an error code is read as a status too, so such a body never passes
     * as approved.
     *
     * @param verdict what the vendor concluded
     * @param aborted the body's {@link Aborted}
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record ShareV1(Verdict verdict, YotiOutcome.Aborted aborted, List<Finding> findings,
            Map<String, String> statuses, Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public ShareV1 {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(aborted, "aborted");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "share-v1";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.shareV1(this);
        }
    }

    /**
     * An IDV session without an identity profile: its state alone says whether Yoti is
     * still working or gave up.
     *
     * <p>Source:
     * github:getyoti/yoti-php-sdk:tests/sample-data/docs/session.json&#64;136176e86194943a50fd96cc1121a7b0551bd1e4
     *
     * <p>Note: An EXPIRED session carries no code; ABANDONED appears as an aborted reason
     * only about two hours after expiry.
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record Session(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public Session {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "session";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.session(this);
        }
    }

    /**
     * An error of the IDV (or AML) API: a code, a message and the properties that were
     * wrong.
     *
     * <p>Source:
     * github:getyoti/yoti-python-sdk:yoti_python_sdk/tests/doc_scan/exception/test_doc_scan_exception.py&#64;151a8f6caa0b65dc5fa6b1d62884c8ab317d2b2a
     *
     * @param verdict what the vendor concluded
     * @param findings every code the body carried, documented or not, with what travelled
     * with it
     * @param statuses the status values the verdict was read from, as sent, by path
     * @param details other values the spec keeps from this shape, as sent, by name
     * @param attemptsMade how many attempts the body says were made so far, where it says
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record ErrorBody(Verdict verdict, List<Finding> findings, Map<String, String> statuses,
            Map<String, String> details, OptionalInt attemptsMade,
            Object tree) implements YotiResponse {
        public ErrorBody {
            Objects.requireNonNull(verdict, "verdict");
            findings = List.copyOf(findings);
            statuses = SentValues.of(statuses);
            details = SentValues.of(details);
            Objects.requireNonNull(attemptsMade, "attemptsMade");
        }

        @Override
        public String shape() {
            return "error";
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.errorBody(this);
        }
    }

    /**
     * A body of none of the shapes the spec describes: a person looks. Its verdict is
     * {@code UNKNOWN}, so it never resolves to proceed, and the body is kept as it was
     * given.
     *
     * @param tree the body as it was given to the reader
     */
    @CodebookGenerated("yoti-reason")
    record Unrecognized(Object tree) implements YotiResponse, UnrecognizedResponse {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.unrecognized(this);
        }
    }

    /**
     * Handles every shape of body, and bodies of none. A handler that leaves one out does
     * not compile, so a shape added to the spec shows up as a compile error naming the
     * method to write.
     *
     * @param <R> what handling a body returns
     */
    @CodebookGenerated("yoti-reason")
    interface Cases<R> {
        /**
         * A body of shape <code>identity-profile-aborted</code>: An IDV session whose identity
         * profile was aborted: the reason code, and each requirement not met with its failure
         * type and details.
         */
        R identityProfileAborted(IdentityProfileAborted response);

        /**
         * A body of shape <code>identity-profile</code>: An IDV session with an identity
         * profile that was not aborted: each scheme's compliance decides, and a reason code
         * says what was not met.
         */
        R identityProfile(IdentityProfile response);

        /**
         * A body of shape <code>advanced-identity-profile-aborted</code>: An IDV session whose
         * advanced identity profile (IDV, Yoti Global) was aborted.
         */
        R advancedIdentityProfileAborted(AdvancedIdentityProfileAborted response);

        /**
         * A body of shape <code>advanced-identity-profile</code>: An IDV session with an
         * advanced identity profile that was not aborted: every scheme of every trust
         * framework decides.
         */
        R advancedIdentityProfile(AdvancedIdentityProfile response);

        /**
         * A body of shape <code>share-error</code>: A Digital ID share receipt (v2) with an
         * error: the share did not complete, with the error and each requirement not met.
         */
        R shareError(ShareError response);

        /**
         * A body of shape <code>share</code>: A Digital ID share receipt (v2) without an
         * error: the user shared what was asked.
         */
        R share(Share response);

        /**
         * A body of shape <code>share-v1</code>: A Digital ID share (v1) receipt: its outcome
         * and, when it failed, its error details.
         */
        R shareV1(ShareV1 response);

        /**
         * A body of shape <code>session</code>: An IDV session without an identity profile:
         * its state alone says whether Yoti is still working or gave up.
         */
        R session(Session response);

        /**
         * A body of shape <code>error</code>: An error of the IDV (or AML) API: a code, a
         * message and the properties that were wrong.
         */
        R errorBody(ErrorBody response);

        /**
         * A body of none of the documented shapes: a person looks.
         */
        R unrecognized(Unrecognized response);
    }
}
