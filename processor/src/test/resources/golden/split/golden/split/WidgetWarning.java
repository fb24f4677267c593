package golden.split;

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
 *
 * <p>The catalog has 5 codes, more than one enum can hold, so its constants are declared in the
 * enums {@code Part1} to {@code Part2}; {@link #values()}, the lookups, the accessors and {@link
 * Cases} work as for a single enum.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-warnings"
)
@CodebookGenerated("widget-warnings")
public sealed interface WidgetWarning extends CatalogCode, WidgetWarningTable.Codes1 permits WidgetWarning.Part1, WidgetWarning.Part2 {
    /**
     * What this catalog is and where its facts come from.
     */
    CatalogInfo CATALOG = new CatalogInfo("widget-warnings", "Widget KYC", "Widget Warnings",
            "widget.txt");

    /**
     * Every code, in the document's order, as an enum's {@code values()} gives them.
     */
    static WidgetWarning[] values() {
        return WidgetWarningTable.VALUES.clone();
    }

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    static Optional<WidgetWarning> fromCode(String code) {
        return WidgetWarningTable.lookup("WidgetWarning.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    static <R> R match(String code, Cases<R> cases) {
        Optional<WidgetWarning> known = fromCode(code);
        return known.isPresent() ? known.get().match(cases) : cases.unknown(code);
    }

    @Override
    String code();

    @Override
    Group group();

    @Override
    Optional<String> description();

    @Override
    List<VendorMessage> messages();

    @Override
    CatalogInfo catalog();

    /**
     * How bad it is.
     */
    Severity severity();

    /**
     * The vendor's <code>httpStatus</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    OptionalInt httpStatus();

    /**
     * The vendor's <code>retryable</code> column.
     *
     * <p><code>false</code> where the vendor documents no value for the code.
     */
    boolean retryable();

    /**
     * The vendor's <code>hint</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    Optional<String> hint();

    /**
     * Codes the vendor says often come with this one.
     */
    List<WidgetWarning> related();

    /**
     * The vendor's <code>reason</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    Optional<WidgetReason> reason();

    /**
     * The rows the vendor's document prints for this code when it prints several with
     * different facts; empty when it prints one. What all rows share is on the code
     * itself.
     */
    List<Variant> variants();

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    Optional<WidgetWarning> replacement();

    /**
     * Calls the method of {@code cases} that handles this code.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    <R> R match(Cases<R> cases);

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
    interface Cases<R> {
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
    enum Group implements CatalogGroup {
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
    enum Severity implements AttributeValue {
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
    final class Variant {
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

    /**
     * Codes 1 to 3 of {@link WidgetWarning}, which has more than one enum can hold; use
     * them as {@code WidgetWarning.CONSTANT}, as if it were one enum.
     */
    @CodebookGenerated("widget-warnings")
    enum Part1 implements WidgetWarning {
        /**
         * The code {@code WidgetWarning.DOCUMENT_EXPIRED}, documented there.
         */
        DOCUMENT_EXPIRED,

        /**
         * The code {@code WidgetWarning.INVALID_ID_TYPE}, documented there.
         */
        INVALID_ID_TYPE,

        /**
         * The code {@code WidgetWarning.FACE_MISMATCH}, documented there.
         */
        FACE_MISMATCH;

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

        @Override
        public Severity severity() {
            return row().severity();
        }

        @Override
        public OptionalInt httpStatus() {
            Integer value = row().httpStatus();
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        @Override
        public boolean retryable() {
            return row().retryable();
        }

        @Override
        public Optional<String> hint() {
            return Optional.ofNullable(row().hint());
        }

        @Override
        public List<WidgetWarning> related() {
            return row().related();
        }

        @Override
        public Optional<WidgetReason> reason() {
            return Optional.ofNullable(row().reason());
        }

        @Override
        public List<Variant> variants() {
            return row().variants();
        }

        @Override
        public Optional<WidgetWarning> replacement() {
            return Optional.empty();
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return switch (ordinal()) {
                case 0 -> cases.documentExpired(); // DOCUMENT_EXPIRED
                case 1 -> cases.invalidIdType(); // INVALID_ID_TYPE
                case 2 -> cases.faceMismatch(); // FACE_MISMATCH
                default -> throw new AssertionError("no constant " + ordinal());
            };
        }

        private WidgetWarningTable.Row row() {
            return WidgetWarningTable.ROWS[ordinal()];
        }
    }

    /**
     * Codes 4 to 5 of {@link WidgetWarning}, which has more than one enum can hold; use
     * them as {@code WidgetWarning.CONSTANT}, as if it were one enum.
     */
    @CodebookGenerated("widget-warnings")
    enum Part2 implements WidgetWarning {
        /**
         * The code {@code WidgetWarning.LEGACY_ZERO}, documented there.
         */
        LEGACY_ZERO,

        /**
         * The code {@code WidgetWarning.CHECK_ERROR}, documented there.
         */
        CHECK_ERROR;

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

        @Override
        public Severity severity() {
            return row().severity();
        }

        @Override
        public OptionalInt httpStatus() {
            Integer value = row().httpStatus();
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        @Override
        public boolean retryable() {
            return row().retryable();
        }

        @Override
        public Optional<String> hint() {
            return Optional.ofNullable(row().hint());
        }

        @Override
        public List<WidgetWarning> related() {
            return row().related();
        }

        @Override
        public Optional<WidgetReason> reason() {
            return Optional.ofNullable(row().reason());
        }

        @Override
        public List<Variant> variants() {
            return row().variants();
        }

        @Override
        public Optional<WidgetWarning> replacement() {
            return Optional.empty();
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return switch (ordinal()) {
                case 0 -> cases.legacyZero(); // LEGACY_ZERO
                case 1 -> cases.checkError(); // CHECK_ERROR
                default -> throw new AssertionError("no constant " + ordinal());
            };
        }

        private WidgetWarningTable.Row row() {
            return WidgetWarningTable.ROWS[3 + ordinal()];
        }
    }
}
