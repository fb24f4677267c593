package golden.specs;

import io.codebook.runtime.AttributeValue;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * Widget KYC: Widget Warnings, one constant per documented code.
 *
 * <p>Warnings the Widget API returns.
 *
 * <p>Transcribed from <code>widget.txt</code> by the catalog spec <code>widget-warnings</code>.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-warnings"
)
@CodebookGenerated("widget-warnings")
public enum WidgetWarning implements CatalogCode {
    /**
     * Document has already expired.
     * <p>severity {@link Severity#HIGH}; httpStatus <code>400</code>; retryable <code>false</code>;
     * related {@link WidgetWarning#INVALID_ID_TYPE}, {@link WidgetWarning#FACE_MISMATCH}; reason
     * {@link WidgetReason#EXPIRED}; also as <code>document_expired</code>.
     *
     * <p>Note: The vendor also sends expired_id.
     */
    DOCUMENT_EXPIRED,

    /**
     * Invalid id type: {idType}.
     *
     * <p>Messages: “Please retry.”; “Don't use {idType}.” (When the type is unknown.).
     * <p>Sent as <code>invalid_idType</code>; severity {@link Severity#LOW}; httpStatus
     * <code>400</code>; retryable <code>true</code>; hint <code>no</code>; reason
     * {@link WidgetReason#WRONG_INPUT}.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code idType}, string: what was sent </li>
     * </ul>
     */
    INVALID_ID_TYPE,

    /**
     * Similarity score: %.2f of %d.
     * <p>severity {@link Severity#EXACTLY_ONE}; retryable <code>false</code>.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code score}, decimal </li>
     * <li>{@code outOf}, integer </li>
     * </ul>
     */
    FACE_MISMATCH,

    /**
     * The vendor documents no description for this code.
     * <p>Sent as <code>0123</code>; severity {@link Severity#LOW}; retryable <code>false</code>.
     */
    LEGACY_ZERO,

    /**
     * Third party failed.
     *
     * <p>Printed in 2 rows: (1) Third party failed. hint <code>third party</code> related
     * <code>FACE_MISMATCH</code>; (2) CRA failed. when For DBS basic.
     * <p>severity {@link Severity#LOW}; retryable <code>false</code>; reason
     * {@link WidgetReason#WRONG_INPUT}.
     */
    CHECK_ERROR;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("widget-warnings", "Widget KYC",
            "Widget Warnings", "widget.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<WidgetWarning> fromCode(String code) {
        return WidgetWarningTable.lookup("WidgetWarning.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<WidgetWarning> known = fromCode(code);
        return known.isPresent() ? known.get().match(cases) : cases.unknown(code);
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
     * How bad it is.
     */
    public Severity severity() {
        return row().severity();
    }

    /**
     * The vendor's <code>httpStatus</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public OptionalInt httpStatus() {
        Integer value = row().httpStatus();
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The vendor's <code>retryable</code> column.
     *
     * <p><code>false</code> where the vendor documents no value for the code.
     */
    public boolean retryable() {
        return row().retryable();
    }

    /**
     * The vendor's <code>hint</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<String> hint() {
        return Optional.ofNullable(row().hint());
    }

    /**
     * Codes the vendor says often come with this one.
     */
    public List<WidgetWarning> related() {
        return row().related();
    }

    /**
     * The vendor's <code>reason</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<WidgetReason> reason() {
        return Optional.ofNullable(row().reason());
    }

    /**
     * The rows the vendor's document prints for this code when it prints several with
     * different facts; empty when it prints one. What all rows share is on the code
     * itself.
     */
    public List<Variant> variants() {
        return row().variants();
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<WidgetWarning> replacement() {
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
            case DOCUMENT_EXPIRED -> cases.documentExpired();
            case INVALID_ID_TYPE -> cases.invalidIdType();
            case FACE_MISMATCH -> cases.faceMismatch();
            case LEGACY_ZERO -> cases.legacyZero();
            case CHECK_ERROR -> cases.checkError();
        };
    }

    private WidgetWarningTable.Row row() {
        return WidgetWarningTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link WidgetWarning}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link WidgetWarning#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("widget-warnings")
    public interface Cases<R> {
        R documentExpired();

        R invalidIdType();

        R faceMismatch();

        R legacyZero();

        R checkError();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Widget KYC's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("widget-warnings")
    public enum Group implements CatalogGroup {
        /**
         * Document Warnings
         */
        DOCUMENT("document", "Document Warnings"),

        /**
         * Face Warnings
         */
        FACE("face", "Face Warnings");

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
     * How bad it is.
     */
    @CodebookGenerated("widget-warnings")
    public enum Severity implements AttributeValue {
        /**
         * Written by the vendor as <code>High</code>.
         */
        HIGH("High"),

        /**
         * Written by the vendor as <code>=1</code>.
         */
        EXACTLY_ONE("=1"),

        /**
         * Written by the vendor as <code>Low</code>. Also read from <code>low</code>.
         */
        LOW("Low");

        private static final Map<String, Severity> BY_VALUE = Map.ofEntries(
            Map.entry("High", HIGH),
            Map.entry("=1", EXACTLY_ONE),
            Map.entry("Low", LOW),
            Map.entry("low", LOW));

        private final String value;

        Severity(String value) {
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
        public static Optional<Severity> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }

    /**
     * One of the rows the vendor's document prints for a code it lists more than once with
     * different facts.
     */
    @CodebookGenerated("widget-warnings")
    public static final class Variant {
        private final String description;

        private final String when;

        private final String hint;

        private final List<WidgetWarning> related;

        Variant(String description, String when, String hint, List<WidgetWarning> related) {
            this.description = description;
            this.when = when;
            this.hint = hint;
            this.related = related;
        }

        /**
         * This row's description, verbatim.
         */
        public Optional<String> description() {
            return Optional.ofNullable(description);
        }

        /**
         * The condition the vendor states for this row, verbatim.
         */
        public Optional<String> when() {
            return Optional.ofNullable(when);
        }

        /**
         * The vendor's <code>hint</code> column.
         *
         * <p>Empty where the vendor documents no value for the code.
         */
        public Optional<String> hint() {
            return Optional.ofNullable(hint);
        }

        /**
         * Codes the vendor says often come with this one.
         */
        public List<WidgetWarning> related() {
            return related;
        }
    }
}
