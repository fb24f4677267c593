package golden.specs;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogGroup;
import io.codebook.runtime.CatalogInfo;
import io.codebook.runtime.CodebookGenerated;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.UnknownValues;
import io.codebook.runtime.VendorMessage;
import io.codebook.runtime.internal.LocalizedTexts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Text Vendor: Texts, one constant per documented code.
 *
 * <p>Transcribed from <code>texts.txt</code> by the catalog spec <code>texts</code>.
 */
@Generated(
        value = "io.codebook.processor.CodebookProcessor",
        comments = "catalog texts"
)
@CodebookGenerated("texts")
public enum TextCode implements CatalogCode, LocalizedCode {
    /**
     * Holder is under %d.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code age}, integer </li>
     * </ul>
     */
    UNDER_AGE,

    /**
     * {email} is taken.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code email}, string </li>
     * </ul>
     */
    EMAIL_TAKEN,

    /**
     * Score %.2f.
     *
     * <p>Placeholders:
     * <ul>
     * <li>{@code score}, decimal </li>
     * </ul>
     */
    SCORE,

    /**
     * The vendor documents no description for this code.
     */
    PLAIN;

    /**
     * What this catalog is and where its facts come from.
     */
    public static final CatalogInfo CATALOG = new CatalogInfo("texts", "Text Vendor", "Texts",
            "texts.txt");

    /**
     * The code the vendor sends as {@code code}, matched exactly (case included), its
     * documented alternative spellings included. Empty for anything this catalog does not
     * document, {@code null} included; never throws.
     *
     * <p>A value it does not find is reported to the runtime's {@link UnknownValues}.
     *
     * @param code the code as sent
     */
    public static Optional<TextCode> fromCode(String code) {
        return TextCodeTable.lookup("TextCode.fromCode", code);
    }

    /**
     * Handles what the vendor sent: the case of the documented code it names, else {@code
     * unknown} with the values as sent. Never throws for any input.
     *
     * @param <R> what the handler returns
     * @return what the handler returned
     */
    public static <R> R match(String code, Cases<R> cases) {
        Optional<TextCode> known = fromCode(code);
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
     * What to tell the end user about this code, in {@code locale}, else its language,
     * else English (never the JVM's default locale); written for end users in en, ru, no,
     * ko. Never throws.
     */
    @Override
    public String userText(Locale locale) {
        return LocalizedTexts.lookup(TextCode.class, TextCodeTable.TEXTS, locale, name(),
                vendorText());
    }

    /**
     * The code to use instead of this one, where the catalog deprecates it in favour of
     * another; empty otherwise.
     */
    @Override
    public Optional<TextCode> replacement() {
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
            case UNDER_AGE -> cases.underAge();
            case EMAIL_TAKEN -> cases.emailTaken();
            case SCORE -> cases.score();
            case PLAIN -> cases.plain();
        };
    }

    private TextCodeTable.Row row() {
        return TextCodeTable.ROWS[ordinal()];
    }

    /**
     * Handles every code of {@link TextCode}, one method per code named after its
     * constant, and wire values the catalog does not document. A handler that leaves one
     * out does not compile, so a code added to the spec shows up as a compile error naming
     * the method to write. Pass one to {@link TextCode#match}.
     *
     * <p>While the type is one enum, a {@code switch} over it checks the same; this
     * handler keeps working when a catalog grows past what one enum holds. To handle some
     * codes and let the others through, compare with {@code ==} or switch on {@code
     * group()}.
     *
     * @param <R> what handling a code returns
     */
    @CodebookGenerated("texts")
    public interface Cases<R> {
        R underAge();

        R emailTaken();

        R score();

        R plain();

        /**
         * A wire value the catalog does not document, as it was sent.
         */
        R unknown(String raw);
    }

    /**
     * The sections of Text Vendor's document, in the document's order. A {@code switch}
     * over them that misses one does not compile.
     */
    @CodebookGenerated("texts")
    public enum Group implements CatalogGroup {
        /**
         * Main
         */
        MAIN("main", "Main");

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
     * End-user texts with placeholders, filled with typed arguments: one method per code
     * whose text has placeholders, in {@code locale}, else its language, else English.
     */
    @CodebookGenerated("texts")
    public static final class Texts {
        private Texts() {
        }

        /**
         * The end-user text of {@link TextCode#UNDER_AGE} in {@code locale}, else its
         * language, else English.
         *
         * @param locale the end user's locale
         * @param age the {@code {age}} of the text
         */
        public static String underAge(Locale locale, int age) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "no", "ko"))) {
                case "ru" -> "Вам должно быть не меньше " + String.valueOf(age) + " лет.";
                case "no" -> "Du må være minst " + String.valueOf(age) + " år.";
                case "ko" -> String.valueOf(age) + "세 이상이어야 합니다.";
                default -> "You must be at least " + String.valueOf(age)
                        + " years old. Don't worry, you can come back later.";
            };
        }

        /**
         * The end-user text of {@link TextCode#EMAIL_TAKEN} in {@code locale}, else its
         * language, else English.
         *
         * @param locale the end user's locale
         * @param email the {@code {email}} of the text
         */
        public static String emailTaken(Locale locale, String email) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "no", "ko"))) {
                case "ru" -> "Адрес " + LocalizedTexts.text(email) + " уже используется.";
                case "no" -> LocalizedTexts.text(email) + " er allerede i bruk.";
                case "ko" -> LocalizedTexts.text(email) + "은(는) 이미 사용 중입니다.";
                default -> LocalizedTexts.text(email) + " is already used. Try another address.";
            };
        }

        /**
         * The end-user text of {@link TextCode#SCORE} in {@code locale}, else its language,
         * else English.
         *
         * @param locale the end user's locale
         * @param score the {@code {score}} of the text
         */
        public static String score(Locale locale, double score) {
            return switch (LocalizedTexts.pick(locale, List.of("en", "ru", "no", "ko"))) {
                case "ru" -> "Сходство " + String.valueOf(score);
                case "no" -> "Likhet " + String.valueOf(score);
                case "ko" -> "유사도 " + String.valueOf(score);
                default -> "Similarity " + String.valueOf(score);
            };
        }
    }
}
