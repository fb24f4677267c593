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
 * The vendor's rows of {@link TextCode}, one per code in the document's order, and
 * the lookup from wire values to codes. Package-private: its codes' accessors and
 * lookups read it.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog texts"
)
@CodebookGenerated("texts")
final class TextCodeTable {
    /**
     * Where the end-user text bundles are: {@code golden/specs/TextCode_<locale>.properties}.
     */
    static final String TEXTS = "golden/specs/TextCode";

    /**
     * Row {@code i} holds the facts of {@code TextCode.values()[i]}.
     */
    static final Row[] ROWS = rows();

    /**
     * Wire key to code, aliases included; built once, so a lookup allocates nothing.
     */
    private static final Map<String, Optional<TextCode>> INDEX = index();

    private TextCodeTable() {
    }

    /**
     * @param location where a code it does not find is reported from, {@code null} for
     * nowhere
     */
    static Optional<TextCode> lookup(String location, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<TextCode> found = INDEX.get(code);
        return found != null ? found : missed(location, code);
    }

    private static Optional<TextCode> missed(String location, String code) {
        if (location != null) {
            UnknownValueReports.code("texts", location, code);
        }
        return Optional.empty();
    }

    private static Map<String, Optional<TextCode>> index() {
        Map<String, Optional<TextCode>> index = new HashMap<>();
        TextCode[] codes = TextCode.values();
        for (int i = 0; i < codes.length; i++) {
            Row row = ROWS[i];
            index.put(row.code(), Optional.of(codes[i]));
        }
        return Collections.unmodifiableMap(index);
    }

    private static Row[] rows() {
        return new Row[] {
            new Row("UNDER_AGE", TextCode.Group.MAIN, "Holder is under %d.", List.of()),
            new Row("EMAIL_TAKEN", TextCode.Group.MAIN, "{email} is taken.", List.of()),
            new Row("SCORE", TextCode.Group.MAIN, "Score %.2f.", List.of()),
            new Row("PLAIN", TextCode.Group.MAIN, null, List.of()),
        };
    }

    /**
     * The facts the vendor's document gives for one code; {@code null} where it gives
     * none.
     */
    @CodebookGenerated("texts")
    record Row(String code, TextCode.Group group, String description,
            List<VendorMessage> messages) {
    }
}
