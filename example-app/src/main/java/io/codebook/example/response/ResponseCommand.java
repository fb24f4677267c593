package io.codebook.example.response;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.UnknownValue;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a vendor response or webhook body (JSON, from a file or standard input) with the vendor's
 * generated reader and prints what it means. Jackson parses it into the plain tree the readers
 * take; nothing here knows any vendor's JSON. The exit status says which action won.
 */
public final class ResponseCommand {

    /**
     * Exit statuses: 0 proceed, then one per action, kept stable for scripts as actions were added:
     * 10 retry-capture, 11 retry-later, 12 user-action, 13 manual-review, 14 fix-integration,
     * 15 reject, 16 wait, 17 restart.
     */
    public static int exitStatus(NextAction action) {
        return switch (action) {
            case PROCEED -> 0;
            case RETRY_CAPTURE -> 10;
            case RETRY_LATER -> 11;
            case USER_ACTION -> 12;
            case MANUAL_REVIEW -> 13;
            case FIX_INTEGRATION -> 14;
            case REJECT -> 15;
            case WAIT -> 16;
            case RESTART -> 17;
        };
    }

    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;
    public static final int UNRECOGNISED = 4;

    /**
     * @param source a file path, or {@code -} for standard input
     * @param vendor a vendor named with {@code --vendor}, else recognised from the body's shape
     * @param step ARGOS's step, when given with {@code --step}: a value the body does not carry
     */
    public record Options(String source, Optional<String> vendor, Integer step, Locale locale, boolean json,
            boolean suggestSpec) {

        public Options(String source, Optional<String> vendor, Integer step, Locale locale, boolean json) {
            this(source, vendor, step, locale, json, false);
        }
    }

    private ResponseCommand() {}

    /**
     * Reads the body with a listener that hears every value the catalog does not document, and prints
     * the spec entries to add for them. Exit status 0 when the catalog knew every value, 1 otherwise.
     */
    private static int suggestSpec(ResponseReader<?> reader, Object tree, Map<String, Object> context, PrintStream out) {
        List<UnknownValue> heard = new ArrayList<>();
        UnknownValues.setListener(heard::add);
        VendorResponse response;
        try {
            response = reader.read(tree, context);
        } finally {
            UnknownValues.setListener(null); // the app sets no listener of its own otherwise
        }
        SpecSuggestions.print(reader.catalog().id(), heard, response, out);
        return heard.isEmpty() ? 0 : 1;
    }

    public static int run(Options options, InputStream stdin, PrintStream out, PrintStream err) {
        Object tree;
        try (InputStream in = options.source().equals("-") ? stdin : Files.newInputStream(Path.of(options.source()))) {
            tree = new ObjectMapper().readValue(in, Object.class);
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
        Optional<ResponseReader<?>> reader = options.vendor().isPresent()
                ? options.vendor().flatMap(VendorReaders::named) : VendorReaders.recognising(tree);
        if (reader.isEmpty()) {
            err.println("error: " + options.vendor().map(v -> "unknown vendor '" + v + "'")
                    .orElse("cannot tell the vendor from the body's shape")
                    + "; name it with --vendor (" + String.join(", ", VendorReaders.BY_NAME.keySet()) + ").");
            return UNRECOGNISED;
        }
        Map<String, Object> context = new HashMap<>();
        if (options.step() != null) {
            context.put("step", options.step());
        }
        if (options.suggestSpec()) {
            return suggestSpec(reader.get(), tree, context, out);
        }
        VendorResponse response = reader.get().read(tree, context);
        if (options.json()) {
            ResponseOutput.printJson(reader.get(), response, options.locale(), out);
        } else {
            ResponseOutput.printText(reader.get(), response, options.locale(), out);
        }
        if (response.shape().equals("unrecognized")) {
            err.println("error: the body has none of the shapes " + reader.get().catalog().vendor()
                    + "'s spec describes; a person looks (kept as sent).");
            return UNRECOGNISED;
        }
        return exitStatus(response.resolve().action());
    }
}
