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
 * The vendor's rows of {@link LifecycleWarning}, one per code in the document's
 * order, and the lookup from wire values to codes. Package-private: its codes'
 * accessors and lookups read it.
 */
@SuppressWarnings("deprecation")
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog lifecycle"
)
@CodebookGenerated("lifecycle")
final class LifecycleWarningTable {
    /**
     * Row {@code i} holds the facts of {@code LifecycleWarning.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<LifecycleWarning>> INDEX = index();

    private LifecycleWarningTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<LifecycleWarning> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<LifecycleWarning> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<LifecycleWarning> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("lifecycle", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<LifecycleWarning>> index() {
        Map<String, Optional<LifecycleWarning>> index = new HashMap<>();
        LifecycleWarning[] codes = LifecycleWarning.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("BIRTH_DATE_MISMATCH", LifecycleWarning.Group.DATA,
                    "Mismatch between supplied birthday and extracted/looked up birthday.",
                    List.of(), LifecycleWarning.Decision.APPROVED,
                    List.of(LifecycleWarning.DOB_VERIFICATION_FAILED)),
            new Row("DOB_VERIFICATION_FAILED", LifecycleWarning.Group.DATA,
                    "Date of birth could not be verified.", List.of(),
                    LifecycleWarning.Decision.MANUAL_REVIEW, List.of()),
            new Row("FAX_NUMBER_INVALID", LifecycleWarning.Group.LEGACY,
                    "The fax number is invalid.", List.of(), LifecycleWarning.Decision.REVIEW,
                    List.of()),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("lifecycle")
    record Row(String code, LifecycleWarning.Group group, String description,
            List<VendorMessage> messages, LifecycleWarning.Decision decision,
            List<LifecycleWarning> related) {
    }

    /**
     * The {@link LifecycleOutcome.WarningCode} of each catalog code it stands for.
     */
    @CodebookGenerated("lifecycle")
    static final class WarningIndex {
        static final Map<LifecycleWarning, LifecycleOutcome.WarningCode> BY_CODE = index();

        private WarningIndex() {
        }

        private static Map<LifecycleWarning, LifecycleOutcome.WarningCode> index() {
            Map<LifecycleWarning, LifecycleOutcome.WarningCode> index = new HashMap<>();
            for (LifecycleOutcome.WarningCode code : LifecycleOutcome.WarningCode.values()) {
                index.put(code.asLifecycleWarning(), code);
            }
            return Collections.unmodifiableMap(index);
        }
    }
}
