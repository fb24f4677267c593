package io.codebook.example.response;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.runtime.NextAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a vendor response or webhook body (JSON, from a file or standard input), maps it through the
 * generated code and prints what it means. The exit status says which action won.
 */
public final class ResponseCommand {

    /** Exit statuses: 0 proceed, 10 + the action's severity for every other action. */
    public static int exitStatus(NextAction action) {
        return action == NextAction.PROCEED ? 0 : 10 + action.ordinal() - 1;
    }

    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;
    public static final int UNRECOGNISED = 4;

    /**
     * @param source a file path, or {@code -} for standard input
     * @param vendor a vendor named with {@code --vendor}, else recognised from the payload
     * @param step ARGOS's step, when given with {@code --step}
     */
    public record Options(String source, Optional<String> vendor, Integer step, Locale locale, boolean json) {}

    private ResponseCommand() {}

    public static int run(Options options, InputStream stdin, PrintStream out, PrintStream err) {
        JsonNode root;
        try (InputStream in = options.source().equals("-") ? stdin : Files.newInputStream(Path.of(options.source()))) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            err.println("error: " + options.source() + " is not valid JSON"
                    + (where != null ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")" : "")
                    + ": " + e.getOriginalMessage());
            return UNREADABLE;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read " + options.source() + ": " + e.getMessage());
            return UNREADABLE;
        }
        if (root == null || root.isMissingNode()) {
            err.println("error: " + options.source() + " is empty; expected a vendor's JSON response.");
            return UNREADABLE;
        }
        Optional<Vendor> vendor = options.vendor().isPresent() ? options.vendor().flatMap(Vendor::fromFlag)
                : Vendor.recognise(root);
        if (vendor.isEmpty()) {
            err.println("error: " + options.vendor().map(v -> "unknown vendor '" + v + "'")
                    .orElse("cannot tell the vendor from the payload's shape")
                    + "; name it with --vendor (argos, yoti, id-analyzer, aiprise, biometric-vision).");
            return UNRECOGNISED;
        }
        Report report = vendor.get().read(root, options.step());
        if (options.json()) {
            ReportOutput.printJson(report, options.locale(), out);
        } else {
            ReportOutput.printText(report, options.locale(), out);
        }
        return exitStatus(report.resolution().action());
    }
}
