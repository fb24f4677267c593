package golden.split;

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
 * The vendor's rows of {@link WidgetReason}, one per code in the document's order,
 * and the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-reasons"
)
@CodebookGenerated("widget-reasons")
final class WidgetReasonTable {
    /**
     * Row {@code i} holds the facts of {@code WidgetReason.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<WidgetReason>> INDEX = index();

    private WidgetReasonTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<WidgetReason> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<WidgetReason> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<WidgetReason> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("widget-reasons", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<WidgetReason>> index() {
        Map<String, Optional<WidgetReason>> index = new HashMap<>();
        WidgetReason[] codes = WidgetReason.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("EXPIRED", WidgetReason.Group.REASONS, "The document is expired.", List.of()),
            new Row("WRONG_INPUT", WidgetReason.Group.REASONS,
                    "The integration sent something wrong.", List.of()),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("widget-reasons")
    record Row(String code, WidgetReason.Group group, String description,
            List<VendorMessage> messages) {
    }
}
