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
import javax.annotation.processing.Generated;

/**
 * Lifecycle KYC: Lifecycle Warnings, one constant per documented code.
 *
 * <p>Transcribed from <code>lifecycle.txt</code> by the catalog spec <code>lifecycle</code>.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog lifecycle"
)
@CodebookGenerated("lifecycle")
public enum LifecycleWarning implements CatalogCode {
    /**
     * Mismatch between supplied birthday and extracted/looked up birthday.
     * <p>decision {@link Decision#APPROVED}; related
     * {@link LifecycleWarning#DOB_VERIFICATION_FAILED}.
     */
    BIRTH_DATE_MISMATCH,

    /**
     * Date of birth could not be verified.
     * <p>decision {@link Decision#MANUAL_REVIEW}.
     *
     * @deprecated Since 2024-05: Renamed BIRTH_DATE_MISMATCH in a later version of the vendor's
     * page. Use {@link LifecycleWarning#BIRTH_DATE_MISMATCH} instead.
     */
    @Deprecated
    DOB_VERIFICATION_FAILED,

    /**
     * The fax number is invalid.
     * <p>decision {@link Decision#REVIEW}.
     *
     * @deprecated The vendor stopped checking fax numbers; stored results still carry the code.
     * Retired: the vendor no longer sends this code; it is kept so stored payloads still read.
     */
    @Deprecated
    FAX_NUMBER_INVALID;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("lifecycle", "Lifecycle KYC",
            "Lifecycle Warnings", "lifecycle.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<LifecycleWarning> fromCode(String code) {
        return LifecycleWarningTable.lookup("LifecycleWarning.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<LifecycleWarning> known = fromCode(code);
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
     * The vendor's <code>decision</code> column.
     *
     * <p>Empty where the vendor documents no value for the code.
     */
    public Optional<Decision> decision() {
        return Optional.ofNullable(row().decision());
    }

    /**
     * The vendor's <code>related</code> column.
     */
    public List<LifecycleWarning> related() {
        return row().related();
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<LifecycleWarning> replacement() {
        return switch (this) {
            case DOB_VERIFICATION_FAILED -> Optional.of(LifecycleWarning.BIRTH_DATE_MISMATCH);
            default -> Optional.empty();
        };
    }

    @Override
    public boolean deprecated() {
        return switch (this) {
            case DOB_VERIFICATION_FAILED, FAX_NUMBER_INVALID -> true;
            default -> false;
        };
    }

    @Override
    public boolean retired() {
        return switch (this) {
            case FAX_NUMBER_INVALID -> true;
            default -> false;
        };
    }

    /**
     * Calls the method of {@code cases} that handles this code.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public <R> R match(Cases<R> cases) {
        return switch (this) {
            case BIRTH_DATE_MISMATCH -> cases.birthDateMismatch();
            case DOB_VERIFICATION_FAILED -> cases.dobVerificationFailed();
            case FAX_NUMBER_INVALID -> cases.faxNumberInvalid();
        };
    }

    private LifecycleWarningTable.Row row() {
        return LifecycleWarningTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link LifecycleWarning}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link LifecycleWarning#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("lifecycle")
    public interface Cases<R> {
        R birthDateMismatch();

        /**
         * Handles {@link LifecycleWarning#DOB_VERIFICATION_FAILED}.
         *
         * @deprecated Since 2024-05: Renamed BIRTH_DATE_MISMATCH in a later version of the
         * vendor's page. Use {@link LifecycleWarning#BIRTH_DATE_MISMATCH} instead.
         */
        @Deprecated
        R dobVerificationFailed();

        /**
         * Handles {@link LifecycleWarning#FAX_NUMBER_INVALID}.
         *
         * @deprecated The vendor stopped checking fax numbers; stored results still carry the
         * code. Retired: the vendor no longer sends this code; it is kept so stored payloads
         * still read.
         */
        @Deprecated
        R faxNumberInvalid();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Lifecycle KYC's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("lifecycle")
    public enum Group implements CatalogGroup {
        /**
         * Data Warnings
         */
        DATA("data", "Data Warnings"),

        /**
         * Legacy Warnings
         */
        LEGACY("legacy", "Legacy Warnings");

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
     * Values of the vendor's <code>decision</code> column.
     */
    @CodebookGenerated("lifecycle")
    public enum Decision implements AttributeValue {
        /**
         * Written by the vendor as <code>APPROVED</code>.
         */
        APPROVED("APPROVED"),

        /**
         * Written by the vendor as <code>REVIEW</code>.
         */
        REVIEW("REVIEW"),

        /**
         * Written by the vendor as <code>MANUAL_REVIEW</code>.
         *
         * @deprecated The vendor's newer pages write REVIEW. Use {@link Decision#REVIEW}
         * instead.
         */
        @Deprecated
        MANUAL_REVIEW("MANUAL_REVIEW");

        private static final Map<String, Decision> BY_VALUE = Map.ofEntries(
            Map.entry("APPROVED", APPROVED),
            Map.entry("REVIEW", REVIEW),
            Map.entry("MANUAL_REVIEW", MANUAL_REVIEW));

        private final String value;

        Decision(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        @Override
        public boolean deprecated() {
            return switch (this) {
                case MANUAL_REVIEW -> true;
                default -> false;
            };
        }

        /**
         * The value the vendor writes as {@code value}, exactly (case included), or one of its
         * other spellings; empty for anything else, {@code null} included. Never throws.
         */
        public static Optional<Decision> fromValue(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
        }
    }
}
