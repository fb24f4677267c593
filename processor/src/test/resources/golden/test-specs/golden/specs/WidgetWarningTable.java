package golden.specs;

import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.UnknownValueReports;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The vendor's rows of {@link WidgetWarning}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-warnings"
)
@CodebookGenerated("widget-warnings")
final class WidgetWarningTable {
    /**
     * Row {@code i} holds the facts of {@code WidgetWarning.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<WidgetWarning>> INDEX = index();

    private WidgetWarningTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<WidgetWarning> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<WidgetWarning> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<WidgetWarning> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("widget-warnings", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<WidgetWarning>> index() {
        Map<String, Optional<WidgetWarning>> index = new HashMap<>();
        WidgetWarning[] codes = WidgetWarning.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
            for (String alias : row.aliases()) {
                index.put(alias, Optional.of(codes[i]));
            }
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("DOCUMENT_EXPIRED", WidgetWarning.Group.DOCUMENT,
                    "Document has already expired.", List.of(), WidgetWarning.Severity.HIGH, 400,
                    false, null, List.of(WidgetWarning.INVALID_ID_TYPE,
                    WidgetWarning.FACE_MISMATCH), WidgetReason.EXPIRED, List.of("document_expired"),
                    List.of()),
            new Row("invalid_idType", WidgetWarning.Group.DOCUMENT, "Invalid id type: {idType}.",
                    List.of( VendorMessage.of( "Please retry."), VendorMessage.of(
                    "Don't use {idType}.", "When the type is unknown.")),
                    WidgetWarning.Severity.LOW, 400, true, "no", List.of(),
                    WidgetReason.WRONG_INPUT, List.of(), List.of()),
            new Row("FACE_MISMATCH", WidgetWarning.Group.FACE, "Similarity score: %.2f of %d.",
                    List.of(), WidgetWarning.Severity.EXACTLY_ONE, null, false, null, List.of(),
                    null, List.of(), List.of()),
            new Row("0123", WidgetWarning.Group.FACE, null, List.of(), WidgetWarning.Severity.LOW,
                    null, false, null, List.of(), null, List.of(), List.of()),
            new Row("CHECK_ERROR", WidgetWarning.Group.FACE, null, List.of(),
                    WidgetWarning.Severity.LOW, null, false, null, List.of(),
                    WidgetReason.WRONG_INPUT, List.of(), List.of(new WidgetWarning.Variant(
                    "Third party failed.", null, "third party",
                    List.of(WidgetWarning.FACE_MISMATCH)), new WidgetWarning.Variant( "CRA failed.",
                    "For DBS basic", null, List.of()))),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("widget-warnings")
    record Row(String code, WidgetWarning.Group group, String description,
            List<VendorMessage> messages, WidgetWarning.Severity severity, Integer httpStatus,
            boolean retryable, String hint, List<WidgetWarning> related, WidgetReason reason,
            List<String> aliases, List<WidgetWarning.Variant> variants) {
    }

    /**
     * The {@link WidgetWarningsOutcome.DocumentProblemCode} of each catalog code it stands for.
     */
    @CodebookGenerated("widget-warnings")
    static final class DocumentProblemIndex {
        static final Map<WidgetWarning, WidgetWarningsOutcome.DocumentProblemCode> BY_CODE = index();

        private DocumentProblemIndex() {
        }

        private static Map<WidgetWarning, WidgetWarningsOutcome.DocumentProblemCode> index() {
            Map<WidgetWarning, WidgetWarningsOutcome.DocumentProblemCode> index = new HashMap<>();
            for (WidgetWarningsOutcome.DocumentProblemCode code :
                    WidgetWarningsOutcome.DocumentProblemCode.values()) {
                index.put(code.asWidgetWarning(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }

    /**
     * The {@link WidgetWarningsOutcome.SevereCode} of each catalog code it stands for.
     */
    @CodebookGenerated("widget-warnings")
    static final class SevereIndex {
        static final Map<WidgetWarning, WidgetWarningsOutcome.SevereCode> BY_CODE = index();

        private SevereIndex() {
        }

        private static Map<WidgetWarning, WidgetWarningsOutcome.SevereCode> index() {
            Map<WidgetWarning, WidgetWarningsOutcome.SevereCode> index = new HashMap<>();
            for (WidgetWarningsOutcome.SevereCode code :
                    WidgetWarningsOutcome.SevereCode.values()) {
                index.put(code.asWidgetWarning(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }
}
