package io.codebook.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.codebook.benchmarks.ArgosCode;
import io.codebook.benchmarks.ArgosOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ARGOS answers a step with {@code {"retry":[{"retryCode","retryMsg"}],"kycStatus","retryCount"}}
 * (HTTP 200) or {@code {"errorCode":…}} (HTTP 400), and its webhooks carry a single
 * {@code retryCode} or a rejection's {@code kyc_result.commentCode}. The step is not in the payload:
 * it comes from {@code --step}, or is the step whose codes these are.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 */
final class ArgosReader {

    private ArgosReader() {}

    static Report read(JsonNode root, Integer stepOption) {
        List<String> notes = new ArrayList<>();
        Optional.ofNullable(Json.text(root, "kycStatus")).ifPresent(status -> notes.add("kycStatus " + status));
        Integer retryCount = Json.integer(root, "retryCount");
        if (root.path("retry").isArray() || Json.text(root, "retryCode") != null) {
            List<String> codes = new ArrayList<>();
            List<String> sentMessages = new ArrayList<>();
            if (root.path("retry").isArray()) {
                for (JsonNode entry : root.path("retry")) {
                    codes.add(entry.isObject() ? Json.text(entry, "retryCode") : entry.isTextual() ? entry.asText() : null);
                    sentMessages.add(entry.isObject() ? Json.text(entry, "retryMsg") : null);
                }
            } else {
                codes.add(Json.text(root, "retryCode"));
                sentMessages.add(Json.text(root, "retryMsg"));
            }
            Integer step = stepOption != null ? stepOption : stepOf("retry", codes);
            ArgosOutcome outcome = ArgosOutcome.retry(step, codes, retryCount);
            List<CodeLine> lines = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                lines.add(CodeLine.of("retry code", Json.raw("code", codes.get(i), "message", sentMessages.get(i),
                        "step", step == null ? null : step.toString()), ArgosCode.fromKey(step, "retry", codes.get(i))));
            }
            return Report.of("argos", "ARGOS Identity", describe(outcome), lines, notes,
                    retryCount == null ? 0 : retryCount);
        }
        if (Json.text(root, "errorCode") != null) {
            String code = Json.text(root, "errorCode");
            Integer step = stepOption != null ? stepOption : stepOf("error", List.of(code));
            ArgosOutcome outcome = ArgosOutcome.requestError(step, code);
            return Report.of("argos", "ARGOS Identity", describe(outcome),
                    List.of(CodeLine.of("error code", Json.raw("code", code, "step", step == null ? null : step.toString()),
                            ArgosCode.fromKey(step, "error", code))), notes, 0);
        }
        String comment = Json.text(root.path("kyc_result"), "commentCode");
        if (comment != null) {
            ArgosOutcome outcome = ArgosOutcome.reject(comment);
            return Report.of("argos", "ARGOS Identity", describe(outcome),
                    List.of(CodeLine.of("reject comment", Json.raw("code", comment), ArgosCode.fromKey(null, "reject", comment))),
                    notes, 0);
        }
        return Report.of("argos", "ARGOS Identity", "no retry, error or reject code", List.of(), notes, 0);
    }

    /** The step whose codes of this kind all of {@code codes} are; null when neither or both fit. */
    private static Integer stepOf(String kind, List<String> codes) {
        List<Integer> fitting = new ArrayList<>();
        for (int step : new int[] {1, 2}) {
            if (!codes.isEmpty() && codes.stream().allMatch(code -> ArgosCode.fromKey(step, kind, code).isPresent())) {
                fitting.add(step);
            }
        }
        return fitting.size() == 1 ? fitting.get(0) : fitting.isEmpty() ? null : 1;
    }

    private static String describe(ArgosOutcome outcome) {
        return outcome.match(new ArgosOutcome.Cases<String>() {
            @Override
            public String retry(ArgosOutcome.Retry retry) {
                return "Retry: the user is asked to retry (" + retry.codes().size() + " code(s)"
                        + (retry.retryCount().isPresent() ? ", retry count " + retry.retryCount().getAsInt() : "") + ")";
            }

            @Override
            public String requestError(ArgosOutcome.RequestError error) {
                return "Error: the request failed with HTTP 400";
            }

            @Override
            public String reject(ArgosOutcome.Reject reject) {
                return "Reject: the KYC was rejected";
            }
        });
    }
}
