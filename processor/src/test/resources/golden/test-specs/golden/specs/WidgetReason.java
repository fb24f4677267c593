package golden.specs;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Widget KYC: Reasons, one constant per documented code.
 *
 * <p>Transcribed from <code>widget.txt</code> by the catalog spec <code>widget-reasons</code>.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog widget-reasons"
)
@CodebookGenerated("widget-reasons")
public enum WidgetReason implements CatalogCode {
    /**
     * The document is expired.
     */
    EXPIRED,

    /**
     * The integration sent something wrong.
     */
    WRONG_INPUT;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("widget-reasons", "Widget KYC",
            "Reasons", "widget.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<WidgetReason> fromCode(String code) {
        return WidgetReasonTable.lookup("WidgetReason.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<WidgetReason> known = fromCode(code);
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
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<WidgetReason> replacement() {
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
            case EXPIRED -> cases.expired();
            case WRONG_INPUT -> cases.wrongInput();
        };
    }

    private WidgetReasonTable.Row row() {
        return WidgetReasonTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link WidgetReason}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link WidgetReason#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("widget-reasons")
    public interface Cases<R> {
        R expired();

        R wrongInput();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Widget KYC's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("widget-reasons")
    public enum Group implements CatalogGroup {
        /**
         * Reasons
         */
        REASONS("reasons", "Reasons");

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
}
