package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.benchmarks.YotiFailureDetail;
import io.codebook.benchmarks.YotiFailureType;
import io.codebook.benchmarks.YotiOutcome;
import io.codebook.benchmarks.YotiReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Yoti puts {@code failure_reason.reason_code} and {@code requirements_not_met_details} (a list, or in
 * some receipts a single object; empty values as {@code ""} or absent) under {@code identity_profile}
 * or {@code advanced_identity_profile}.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class YotiReader {

    private YotiReader() {}

    static boolean recognises(JsonNode root) {
        return !profile(root).isMissingNode();
    }

    private static JsonNode profile(JsonNode root) {
        return root.has("identity_profile") ? root.path("identity_profile") : root.path("advanced_identity_profile");
    }

    static Report read(JsonNode root) {
        JsonNode profile = profile(root);
        List<String> notes = new ArrayList<>();
        String result = Json.text(profile, "result");
        if (result != null) {
            notes.add("result " + result);
        }
        JsonNode failure = profile.path("failure_reason");
        String reason = Json.text(failure, "reason_code");
        List<String> failureTypes = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<CodeLine> lines = new ArrayList<>();
        if (reason != null) {
            lines.add(CodeLine.of("reason code", Json.raw("code", reason), YotiReasonCode.fromCode(reason)));
        }
        for (JsonNode detail : Json.objects(failure, "requirements_not_met_details")) {
            String type = Json.text(detail, "failure_type");
            String code = Json.text(detail, "details");
            String document = Json.text(detail, "document_type");
            String country = Json.text(detail, "document_country_iso_code");
            if (type != null) {
                failureTypes.add(type);
                lines.add(CodeLine.of("failure type", Json.raw("code", type, "document_type", document,
                        "document_country_iso_code", country), YotiFailureType.fromCode(type)).informational());
            }
            if (code != null) {
                details.add(code);
                lines.add(CodeLine.of("failure detail", Json.raw("code", code, "failure_type", type),
                        YotiFailureDetail.fromCode(code)));
            }
        }
        if (reason == null) {
            return Report.of("yoti-reason", "Yoti", "no failure reason", lines, notes, 0);
        }
        YotiOutcome outcome = "ABORTED".equals(result)
                ? YotiOutcome.aborted(reason, failureTypes, details)
                : YotiOutcome.requirementsNotMet(reason, failureTypes, details);
        String described = outcome.match(new YotiOutcome.Cases<String>() {
            @Override
            public String aborted(YotiOutcome.Aborted aborted) {
                return "Aborted: no identity profile is returned (" + aborted.details().size() + " failure detail(s))";
            }

            @Override
            public String requirementsNotMet(YotiOutcome.RequirementsNotMet notMet) {
                return "RequirementsNotMet: a profile was returned but the scheme was not met";
            }

        });
        return Report.of("yoti-reason", "Yoti", described, lines, notes, 0);
    }
}
