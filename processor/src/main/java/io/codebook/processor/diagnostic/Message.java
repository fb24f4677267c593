package io.codebook.processor.diagnostic;

import java.util.Locale;

/**
 * Every diagnostic Codebook reports, in one place: its identifier (what users search for), its
 * severity and its text. A text says what is wrong and what to do; {@code %s} are filled in
 * order. Identifiers are specific to one kind of mistake and never reused for another; each is
 * listed in the README's table ("When a spec is wrong"), which a test keeps in step with this enum.
 *
 * <p>The entries are grouped by the stage that reports them, in the order a spec goes through
 * the stages.
 */
public enum Message {

    // --- @Codebook requests and processor options ------------------------------------------------

    REQUEST_PACKAGE("CODEBOOK-REQUEST-PACKAGE",
            "packageName '%s' is not a valid Java package name. Write dot-separated Java identifiers, such as"
                    + " 'com.acme.kyc', or leave it out to generate into the annotated element's package."),
    REQUEST_NO_CATALOG("CODEBOOK-REQUEST-EMPTY",
            "@Codebook names no catalog. Name at least one, e.g. @Codebook(\"id-analyzer\")."),
    REQUEST_CATALOG_ID("CODEBOOK-REQUEST-CATALOG-ID",
            "'%s' is not a catalog id: ids are lower-case words joined by '-', such as 'id-analyzer'."),
    REQUEST_DUPLICATE("CODEBOOK-DUPLICATE-REQUEST",
            "catalog '%s' is requested more than once. Request each catalog in one @Codebook only."),
    OPTION_SPLIT_ABOVE("CODEBOOK-OPTION-SPLIT-ABOVE",
            "-A%s=%s is not a whole number of codes. Give a number such as 500, or remove the option."),

    // --- locating specs ------------------------------------------------------------------------

    SPEC_NOT_FOUND("CODEBOOK-SPEC-NOT-FOUND",
            "no spec for catalog '%s'.%s Looked in: %s. Check the id, put codebook-catalog-specs on the processor"
                    + " path, or set -Acodebook.specDirs."),
    RELEASE_TOO_OLD("CODEBOOK-RELEASE",
            "this compilation targets Java %s, but the code Codebook generates is Java 17 (records, sealed types)."
                    + " Compile with release 17 or later (maven.compiler.release, --release 17); nothing was"
                    + " generated."),
    SPEC_UNREADABLE("CODEBOOK-SPEC-UNREADABLE",
            "the spec cannot be read: %s. Check that the file exists and is readable."),

    // --- reading YAML: the yaml stage ------------------------------------------------------------

    NOT_UTF8("CODEBOOK-NOT-UTF8",
            "byte 0x%02X is not valid UTF-8. Save the spec as UTF-8."),
    SPEC_EMPTY("CODEBOOK-SPEC-EMPTY",
            "the spec is empty. Start it with 'codebook: 1' and a 'catalog:' map (see catalog-specs/README.md)."),
    YAML_TOO_LARGE("CODEBOOK-YAML-TOO-LARGE",
            "spec is %s bytes; the limit is %s bytes, far beyond any vendor's table. Check that this file is the"
                    + " spec you meant."),
    YAML_TOO_DEEP("CODEBOOK-YAML-TOO-DEEP",
            "the YAML nests too deep (%s). Specs may not nest deeper than %s levels; check for brackets that are"
                    + " opened but not closed."),
    YAML_ALIASES("CODEBOOK-YAML-ALIASES",
            "the spec's aliases (*name) %s. Write the values out instead of aliasing them."),
    YAML_REFUSED("CODEBOOK-YAML-REFUSED",
            "the YAML was refused: %s. Specs may not nest deeper than %s levels or use more than %s aliases."),
    YAML_UNCLOSED_QUOTE("CODEBOOK-YAML-UNCLOSED-QUOTE",
            "the quote %s opened here is never closed, so YAML reads the rest of the spec as one text. End the"
                    + " text with %s (%s)."),
    YAML_UNCLOSED_BRACKET("CODEBOOK-YAML-UNCLOSED-BRACKET",
            "the '%s' opened here is never closed: %s. Close it with '%s' (if it is closed, look for a missing ','"
                    + " between its items)."),
    YAML_FLOW_ITEMS("CODEBOOK-YAML-FLOW-ITEMS",
            "inside the '%s' opened at %s, YAML expected ',' or '%s' here but found %s. Separate the items with"
                    + " ', ', quote an item that contains ': ' or ', ', and write a ' inside a '...' text as ''."),
    YAML_UNMATCHED_BRACKET("CODEBOOK-YAML-UNMATCHED-BRACKET",
            "this '%s' closes no bracket. Remove it, or open the list or map it should close."),
    YAML_TAB("CODEBOOK-YAML-TAB",
            "this is a tab character: YAML indents (and separates a value from its ':') with spaces only. Replace"
                    + " the tab with spaces."),
    YAML_INDENTATION("CODEBOOK-YAML-INDENTATION",
            "this line's indentation does not line up with the lines above it: %s. Indent it with spaces exactly"
                    + " as far as the other keys of its map (or the other '- ' items of its list)."),
    YAML_COLON_IN_VALUE("CODEBOOK-YAML-COLON-IN-VALUE",
            "this ': ' is inside a value, where YAML takes it for a second key on the line. Quote the value,"
                    + " e.g. %s."),
    YAML_MISSING_COLON("CODEBOOK-YAML-MISSING-COLON",
            "this line is in a map but has no ': ' after its key. %s"),
    YAML_TEXT_AFTER_VALUE("CODEBOOK-YAML-TEXT-AFTER-VALUE",
            "more text follows a value that already ended (a quoted text, or a [list] or {map}, ends before it)."
                    + " Quote the whole value, writing a ' inside a '...' text as ''; if a quote opened on an earlier"
                    + " line is never closed, YAML took the quote here for its end."),
    YAML_RESERVED_CHARACTER("CODEBOOK-YAML-RESERVED-CHARACTER",
            "a value cannot start with '%s' unquoted: YAML reserves it. Quote the value, e.g. \"%s...\"."),
    YAML_SEVERAL_DOCUMENTS("CODEBOOK-YAML-DOCUMENTS",
            "a second YAML document starts here, but a spec is one document. Remove the '---' line, or give the"
                    + " other catalog its own file."),
    YAML_SYNTAX("CODEBOOK-YAML-SYNTAX",
            "this is not valid YAML: %s. Fix the YAML syntax here."),
    YAML_TAG("CODEBOOK-YAML-TAG",
            "tag '%s' is not allowed in a spec. Remove the tag; the format decides each value's type."),
    YAML_KEY_NOT_TEXT("CODEBOOK-YAML-KEY-NOT-TEXT",
            "a key must be a single value, found %s. Write the key as plain text."),
    DUPLICATE_KEY("CODEBOOK-DUPLICATE-KEY",
            "key '%s' appears twice in this map (first at line %s, column %s). Keep one of them: YAML would"
                    + " silently drop the other."),

    // --- binding: keys and value types of every map ---------------------------------------------

    UNKNOWN_KEY("CODEBOOK-UNKNOWN-KEY",
            "unknown key '%s' in %s.%s"),
    MISSING_KEY("CODEBOOK-MISSING-KEY",
            "%s needs '%s'. Add it (see catalog-specs/README.md)."),
    MISSING_VALUE("CODEBOOK-MISSING-VALUE",
            "%s must be a text, found no value. Write the value after the colon."),
    NOT_A_TEXT("CODEBOOK-NOT-A-TEXT",
            "%s must be a text, found %s."),
    NOT_A_MAP("CODEBOOK-NOT-A-MAP",
            "%s must be a map of keys and values, found %s."),
    NOT_A_LIST("CODEBOOK-NOT-A-LIST",
            "'%s' in %s must be a list, found %s. Write it as [a, b], or one '- ' line per entry."),
    NOT_AN_INTEGER("CODEBOOK-NOT-AN-INTEGER",
            "%s must be a whole number written in decimal (such as 400), found '%s'."),
    NOT_A_BOOLEAN("CODEBOOK-NOT-A-BOOLEAN",
            "%s must be true or false, found '%s'."),

    // --- binding: the catalog's metadata and key -------------------------------------------------

    OVERLAY_CATALOG("CODEBOOK-OVERLAY-CATALOG",
            "the overlay says it overlays catalog '%s', but its file name says '%s' (<catalog>.overlay.yaml). Make"
                    + " them agree."),
    OVERLAY_UNKNOWN_CODE("CODEBOOK-OVERLAY-UNKNOWN-CODE",
            "'%s' is not a code of catalog '%s'.%s An overlay gives texts to the catalog's own codes, by their wire"
                    + " codes."),
    OVERLAY_AMBIGUOUS_CODE("CODEBOOK-OVERLAY-AMBIGUOUS-CODE",
            "catalog '%s' has %s codes sent as '%s', and an overlay names a code by its wire code only. Their texts"
                    + " can only be changed in the catalog's own spec."),
    FORMAT_VERSION("CODEBOOK-FORMAT-VERSION",
            "format version %s is not supported; this processor reads 'codebook: %s'."),
    CATALOG_ID_MISMATCH("CODEBOOK-CATALOG-ID-MISMATCH",
            "this spec declares catalog '%s' but was found as '%s'. A spec's file name is its catalog id: rename"
                    + " the file or fix the id."),
    CATALOG_ID_FORMAT("CODEBOOK-CATALOG-ID-FORMAT",
            "catalog id '%s' must be lower-case words joined by '-', such as 'id-analyzer'."),
    ATTEMPT_LIMIT_RANGE("CODEBOOK-ATTEMPT-LIMIT-RANGE",
            "'attemptLimit' must be at least 1, found %s. Give the number of attempts the vendor allows."),
    KEY_EMPTY("CODEBOOK-KEY-EMPTY",
            "'key' is an empty list. Name what identifies a code, e.g. key: code."),
    KEY_PART_DUPLICATE("CODEBOOK-KEY-PART-DUPLICATE",
            "'%s' is named twice in 'key'. Name each part once."),
    KEY_PART_UNKNOWN("CODEBOOK-KEY-PART-UNKNOWN",
            "key part '%s' is neither 'code' nor a declared attribute.%s"),
    KEY_PART_TYPE("CODEBOOK-KEY-PART-TYPE",
            "attribute '%s' is %s; key parts must be single enum, string or integer attributes."),

    // --- binding: attributes and roles ------------------------------------------------------------

    ATTRIBUTE_NAME("CODEBOOK-ATTRIBUTE-NAME",
            "attribute name '%s' must be a lowerCamel Java identifier such as 'httpStatus' (it becomes the"
                    + " accessor's name). Rename it."),
    ATTRIBUTE_NAME_RESERVED("CODEBOOK-ATTRIBUTE-NAME-RESERVED",
            "attribute name '%s' is reserved: it is a key every code may already have. Rename the attribute."),
    ATTRIBUTE_NAME_OF_ROLE("CODEBOOK-ATTRIBUTE-NAME-ROLE",
            "attribute name '%s' is the runtime method of role %s; only an action attribute with that role may"
                    + " take it. Rename the attribute."),
    ATTRIBUTE_TYPE("CODEBOOK-ATTRIBUTE-TYPE",
            "attribute '%s' has type '%s'; the types are enum, string, integer, boolean, code and action.%s"),
    ATTRIBUTE_CATALOG_NOT_CODE("CODEBOOK-ATTRIBUTE-CATALOG-NOT-CODE",
            "only attributes of type code name a 'catalog'. Remove it, or make '%s' of type code."),
    ATTRIBUTE_CATALOG_ID("CODEBOOK-ATTRIBUTE-CATALOG-ID",
            "'%s' is not a catalog id: ids are lower-case words joined by '-'."),
    LIST_ATTRIBUTE_DEFAULT("CODEBOOK-LIST-ATTRIBUTE-DEFAULT",
            "list attribute '%s' cannot have a default or 'noneValues': a code without values has an empty list."),
    REQUIRED_WITH_NONE_VALUES("CODEBOOK-REQUIRED-NONE-VALUES",
            "attribute '%s' %s, so every code has a value and it cannot have 'noneValues'. Remove them, or make"
                    + " the attribute optional without a default."),
    VALUES_NOT_ENUM("CODEBOOK-VALUES-NOT-ENUM",
            "attribute '%s' is of type %s; only enum attributes list 'values'. Remove them or make the type enum."),
    ENUM_NO_VALUES("CODEBOOK-ENUM-NO-VALUES",
            "enum attribute '%s' lists no values. List the values the vendor uses."),
    ENUM_VALUE_DUPLICATE("CODEBOOK-ENUM-VALUE-DUPLICATE",
            "value '%s' of attribute '%s' is listed twice (first at %s). Remove one."),
    ROLE_UNKNOWN("CODEBOOK-ROLE-UNKNOWN",
            "role '%s' is unknown; the roles are canonical-reason, reason-action, vendor-default-action and"
                    + " action-override.%s"),
    ROLE_MISMATCH("CODEBOOK-ROLE-MISMATCH",
            "role %s needs %s; attribute '%s' is not one."),
    ROLE_DUPLICATE("CODEBOOK-ROLE-DUPLICATE",
            "%s attributes have role %s; give it to one."),
    ROLE_OVERRIDE_WITHOUT_REASON("CODEBOOK-ROLE-OVERRIDE",
            "attribute '%s' has role action-override, which overrides a code's canonical reason's default"
                    + " action: the catalog needs an attribute with role canonical-reason, and none with role"
                    + " vendor-default-action (two sources of one action)."),
    ROLE_CONFLICT("CODEBOOK-ROLE-CONFLICT",
            "a catalog either is the canonical vocabulary (role reason-action) or maps to one (role"
                    + " canonical-reason), not both. Remove one of the roles."),

    // --- binding: attribute values (on codes, groups' 'shared', variants, defaults, selectors) ----

    UNKNOWN_ATTRIBUTE_VALUE("CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE",
            "'%s' is not a value of attribute '%s' (allowed: %s).%s Use one of them, or add it to the attribute's"
                    + " 'values'."),
    UNKNOWN_ACTION("CODEBOOK-UNKNOWN-ACTION",
            "'%s' is not a next action (the actions are %s).%s"),
    LIST_VALUE_EXPECTED("CODEBOOK-LIST-VALUE-EXPECTED",
            "%s must be a list (attribute '%s' is a list), found %s. Write it as [value] even for one value."),
    REQUIRED_VALUE_MISSING("CODEBOOK-REQUIRED-VALUE-MISSING",
            "%s needs a value for the required attribute '%s'. Add it here or in the group's 'shared'."),
    REQUIRED_LIST_EMPTY("CODEBOOK-REQUIRED-LIST-EMPTY",
            "%s needs at least one value for the required list attribute '%s'."),
    SHARED_VALUE_REPEATED("CODEBOOK-SHARED-VALUE-REPEATED",
            "%s gives '%s', which its group already shares with all its codes. Remove it here, or move the code"
                    + " to a group with that value."),

    // --- binding: groups, codes and variants ------------------------------------------------------

    NO_GROUPS("CODEBOOK-NO-GROUPS",
            "the catalog has no groups, so no codes. Add the document's sections with their codes."),
    GROUP_ID_FORMAT("CODEBOOK-GROUP-ID-FORMAT",
            "group id '%s' must be lower-case words joined by '-', such as 'document-and-ocr'."),
    GROUP_ID_DUPLICATE("CODEBOOK-GROUP-ID-DUPLICATE",
            "group id '%s' is used twice (first at %s). Give each group its own id."),
    GROUP_EMPTY("CODEBOOK-GROUP-EMPTY",
            "%s lists no codes. Add its codes, or remove the group."),
    CODE_NOT_IN_KEY("CODEBOOK-CODE-NOT-IN-KEY",
            "this catalog's key does not include 'code', so %s cannot have one. Add 'code' to the catalog's 'key'"
                    + " or remove it here."),
    ALIAS_WITHOUT_CODE("CODEBOOK-ALIAS-WITHOUT-CODE",
            "aliases are other spellings of 'code', and this catalog's key has no 'code'. Remove them."),
    DUPLICATE_CODE("CODEBOOK-DUPLICATE-CODE",
            "%s is listed twice (first at %s). Keep one entry; if the document prints the row twice, say so in its"
                    + " 'notes'."),
    DUPLICATE_ALIAS("CODEBOOK-DUPLICATE-ALIAS",
            "alias '%s' of %s is already %s. An alias must name one code only; remove it."),
    REPLACEMENT_UNKNOWN("CODEBOOK-REPLACEMENT-UNKNOWN",
            "%s is deprecated in favour of '%s', which the catalog does not have.%s Name the replacement by its"
                    + " wire value, or leave 'replacedBy' out."),
    REPLACEMENT_AMBIGUOUS("CODEBOOK-REPLACEMENT-AMBIGUOUS",
            "%s is deprecated in favour of '%s', which %s codes of this composite-key catalog have. Deprecate the"
                    + " code in a group whose other key parts its replacement shares, or leave 'replacedBy' out."),
    REPLACEMENT_ITSELF("CODEBOOK-REPLACEMENT-ITSELF",
            "%s is deprecated in favour of itself. Name the code or value that replaces it, or leave 'replacedBy'"
                    + " out."),
    REPLACEMENT_WITHOUT_CODE("CODEBOOK-REPLACEMENT-WITHOUT-CODE",
            "%s names a replacement, but 'replacedBy' names codes by their 'code' and this catalog's key has none."
                    + " Say what replaces it in 'reason' instead."),
    VARIANTS_TOO_FEW("CODEBOOK-VARIANTS-TOO-FEW",
            "%s has fewer than two variants. Variants are for a code printed in several rows; give a single row's"
                    + " facts on the code itself."),
    VARIANT_VALUE_TWICE("CODEBOOK-VARIANT-VALUE-TWICE",
            "'%s' is given on %s (or its group) and in a variant. Keep what all rows share on the code and what"
                    + " differs in the variants."),
    VARIANT_REQUIRED_VALUE("CODEBOOK-VARIANT-REQUIRED-VALUE",
            "%s gives the required attribute '%s' in its variants. A required attribute has one value per code:"
                    + " give it on the code, or make the attribute optional if its rows differ."),

    // --- binding: placeholders of a code's texts --------------------------------------------------

    PLACEHOLDER_NAME("CODEBOOK-PLACEHOLDER-NAME",
            "placeholder name '%s' must be a lowerCamel Java identifier such as 'email' (it becomes a parameter"
                    + " name)."),
    PLACEHOLDER_DUPLICATE("CODEBOOK-PLACEHOLDER-DUPLICATE",
            "placeholder '%s' is declared twice in %s. Remove one."),
    PLACEHOLDER_TYPE("CODEBOOK-PLACEHOLDER-TYPE",
            "placeholder type '%s' is unknown; the types are string, integer and decimal.%s"),
    PLACEHOLDER_UNDECLARED("CODEBOOK-PLACEHOLDER-UNDECLARED",
            "the text of %s uses %s, which is not declared. Declare it under 'placeholders' with - {name: %s, type:"
                    + " string}."),
    PLACEHOLDER_COUNT("CODEBOOK-PLACEHOLDER-COUNT",
            "the text of %s has %s positional placeholder(s) (%s) but %s are declared. Declare one per"
                    + " placeholder, in order."),
    PLACEHOLDER_FORMAT("CODEBOOK-PLACEHOLDER-FORMAT",
            "placeholder '%s' of %s is declared %s but the text formats it with %s. Declare it %s."),
    PLACEHOLDER_STYLES_MIXED("CODEBOOK-PLACEHOLDER-STYLES-MIXED",
            "the texts of %s mix named ({name}) and positional (%%s) placeholders. Codebook cannot tell which is"
                    + " which; note the inconsistency and use one style."),
    PLACEHOLDER_UNUSED("CODEBOOK-PLACEHOLDER-UNUSED",
            "placeholder '%s' is declared for %s but no text of it uses it. Remove it, or fix the text."),

    // --- binding: locales and end-user texts ------------------------------------------------------

    LOCALE_TAG("CODEBOOK-LOCALE-TAG",
            "'%s' is not a valid BCP 47 language tag (%s). Use a tag such as 'kk' or 'pt-BR'."),
    LOCALE_TAG_FORM("CODEBOOK-LOCALE-TAG-FORM",
            "locale '%s' is not written in its canonical BCP 47 form; write '%s'."),
    LOCALE_DUPLICATE("CODEBOOK-LOCALE-DUPLICATE",
            "locale '%s' is declared twice. Remove one."),
    LOCALE_FALLBACK_MISSING("CODEBOOK-LOCALE-FALLBACK",
            "'locales' must include '%s': it is the locale every lookup falls back to. Add it."),
    USER_TEXT_WITHOUT_LOCALES("CODEBOOK-USER-TEXT-WITHOUT-LOCALES",
            "%s has 'userText' but the catalog declares no 'locales'. Declare them, e.g. locales: [en]."),
    USER_TEXT_UNDECLARED_LOCALE("CODEBOOK-USER-TEXT-LOCALE",
            "userText of %s is in locale '%s', which the catalog does not declare in 'locales'. Declare it, or"
                    + " remove this translation."),
    USER_TEXT_MISSING("CODEBOOK-USER-TEXT-MISSING",
            "%s has no '%s' userText. Add the translation."),
    USER_TEXT_MISSING_DRAFT("CODEBOOK-USER-TEXT-MISSING-DRAFT", Problem.Severity.WARNING,
            "%s has no '%s' userText. Add the translation. (locale is a draft)"),
    USER_TEXT_POSITIONAL("CODEBOOK-USER-TEXT-POSITIONAL",
            "the '%s' userText of %s uses %s; end-user texts name their placeholders, e.g. {email}."),
    USER_TEXT_PLACEHOLDER("CODEBOOK-USER-TEXT-PLACEHOLDER",
            "the '%s' userText of %s uses %s, which is not among the code's placeholders. Declare it or fix the"
                    + " text."),
    USER_TEXT_PLACEHOLDER_UNUSED("CODEBOOK-USER-TEXT-PLACEHOLDER-UNUSED",
            "the '%s' userText of %s does not use {%s}, declared with userTextOnly for the end-user texts. Use it,"
                    + " or remove the declaration."),
    USER_TEXT_PLACEHOLDERS_DIFFER("CODEBOOK-USER-TEXT-PLACEHOLDERS-DIFFER",
            "the '%s' userText of %s uses placeholders %s but the '%s' one uses %s. Every translation takes the"
                    + " same ones."),

    // --- binding: outcomes ------------------------------------------------------------------------

    OUTCOME_ID_FORMAT("CODEBOOK-OUTCOME-ID-FORMAT",
            "outcome id '%s' must be lower-case words joined by '-', such as 'retry'."),
    OUTCOME_ID_DUPLICATE("CODEBOOK-OUTCOME-ID-DUPLICATE",
            "outcome id '%s' is used twice (first at %s). Give each outcome its own id."),
    OUTCOME_UNKNOWN_GROUP("CODEBOOK-OUTCOME-UNKNOWN-GROUP",
            "%s selects group '%s', which the catalog does not have.%s"),
    OUTCOME_SELECTS_NOTHING("CODEBOOK-OUTCOME-SELECTS-NOTHING",
            "%s selects no code of the catalog. Check its 'groups' and 'where', or remove 'codes' if the outcome"
                    + " carries no code."),
    OUTCOME_LIST_WITHOUT_CODES("CODEBOOK-OUTCOME-LIST-WITHOUT-CODES",
            "%s holds a list of codes but selects none. Add 'codes', or remove 'list'."),
    OUTCOME_LIST_WITHOUT_CODE_KEY("CODEBOOK-OUTCOME-LIST-KEY",
            "%s holds a list of codes, which needs a catalog keyed by 'code': the list is of wire codes."),
    OUTCOME_FIELD_ALWAYS_OPTIONAL("CODEBOOK-OUTCOME-FIELD-OPTIONAL",
            "field '%s' of %s has '%s', but a response may lack any value or send one nobody documented, and that"
                    + " must never discard the outcome's codes. Remove '%s': the field reads as empty when it is"
                    + " missing."),

    // --- binding: responses ----------------------------------------------------------------------

    RESPONSE_NO_SHAPE("CODEBOOK-RESPONSE-NO-SHAPE",
            "'shapes' of 'responses' is empty. Describe at least one shape of the vendor's bodies, or remove"
                    + " 'responses'."),
    RESPONSE_NAME_FORMAT("CODEBOOK-RESPONSE-NAME",
            "'%s' (%s) must be a lowerCamel Java identifier such as 'retryMessage'. Rename it."),
    RESPONSE_CONTEXT_TYPE("CODEBOOK-RESPONSE-CONTEXT-TYPE",
            "%s has type '%s'; a context value is an 'integer' or a 'string'."),
    RESPONSE_CONTEXT_UNKNOWN("CODEBOOK-RESPONSE-CONTEXT-UNKNOWN",
            "%s takes context value '%s', which 'context' of 'responses' does not declare.%s"),
    RESPONSE_CONTEXT_RESERVED("CODEBOOK-RESPONSE-CONTEXT-RESERVED",
            "context value 'tree' would share its name with the body, the readers' first parameter. Rename it."),
    RESPONSE_KEY_TYPE("CODEBOOK-RESPONSE-KEY-TYPE",
            "%s gives %s, but the key part is %s, so no code could ever be found by it. %s"),
    RESPONSE_CASE("CODEBOOK-RESPONSE-CASE",
            "'case' '%s' of %s must be 'exact', 'upper' or 'lower'."),
    RESPONSE_STATUS_EMPTY("CODEBOOK-RESPONSE-STATUS-EMPTY",
            "%s lists no values. List every value the vendor documents, each with its verdict."),
    RESPONSE_STATUS_CASE("CODEBOOK-RESPONSE-STATUS-CASE",
            "%s is matched in %s case, so it can only ever match '%s'. Write it so."),
    RESPONSE_STATUS_TWICE("CODEBOOK-RESPONSE-STATUS-TWICE",
            "%s is listed twice. List each value once."),
    RESPONSE_VERDICT_UNKNOWN("CODEBOOK-RESPONSE-VERDICT",
            "'%s' (%s) is not a verdict.%s Verdicts: %s."),
    RESPONSE_SHAPE_ID_FORMAT("CODEBOOK-RESPONSE-SHAPE-ID-FORMAT",
            "shape id '%s' must be lower-case words joined by '-', such as 'step-retry'."),
    RESPONSE_SHAPE_ID_DUPLICATE("CODEBOOK-RESPONSE-SHAPE-ID-DUPLICATE",
            "shape id '%s' is used twice (first at %s). Give each shape its own id."),
    RESPONSE_WHEN_EMPTY("CODEBOOK-RESPONSE-WHEN-EMPTY",
            "%s has no condition in 'when', so every body would have it. Say what tells it apart (a key present,"
                    + " a value equal to)."),
    RESPONSE_CONDITION_FORM("CODEBOOK-RESPONSE-CONDITION",
            "a condition of %s is one of {present: PATH}, {absent: PATH}, {at: PATH, equals: VALUE} or {at: PATH,"
                    + " in: [VALUES]}."),
    RESPONSE_VERDICT_MISSING("CODEBOOK-RESPONSE-VERDICT-MISSING",
            "%s needs a 'verdict': the one verdict its bodies always have (such as 'error'), or the status fields"
                    + " it is read from ([{at: PATH, status: VOCABULARY}])."),
    RESPONSE_VERDICT_FORM("CODEBOOK-RESPONSE-VERDICT-FORM",
            "'verdict' of %s is a verdict's name or a list of status reads, found %s."),
    RESPONSE_STATUS_UNKNOWN("CODEBOOK-RESPONSE-STATUS-UNKNOWN",
            "status vocabulary '%s' (read in %s) is not declared under 'statuses' of 'responses'.%s"),
    RESPONSE_PATH_SYNTAX("CODEBOOK-RESPONSE-PATH",
            "'%s' (%s) is not a path into a body: %s. Write a JSON Pointer such as '/retry/*/retryCode'."),
    RESPONSE_PATH_ONE_VALUE("CODEBOOK-RESPONSE-PATH-ONE-VALUE",
            "'%s' (%s) must reach one value, but it has a wildcard ('*' or a key family). Name the one value,"
                    + " or read a list."),
    RESPONSE_OUTCOME_UNKNOWN("CODEBOOK-RESPONSE-OUTCOME-UNKNOWN",
            "'%s' (in %s) is not an outcome of the catalog.%s"),
    RESPONSE_EACH_WILDCARD("CODEBOOK-RESPONSE-EACH",
            "'each' '%s' of %s reaches one value. 'each' names the elements that each give an outcome, with '*'"
                    + " or a key family."),
    RESPONSE_CODES_FORM("CODEBOOK-RESPONSE-CODES-FORM",
            "%s has '%s', but its kind %s."),
    RESPONSE_CODES_MISSING("CODEBOOK-RESPONSE-CODES-MISSING",
            "%s needs '%s': where its code sits in the body."),
    RESPONSE_CODES_LIST("CODEBOOK-RESPONSE-CODES-LIST",
            "'codes' '%s' of %s reaches one value; a list of codes is read with '*' (every element of an array)."),
    RESPONSE_KEY_PART_MISSING("CODEBOOK-RESPONSE-KEY-PART-MISSING",
            "%s needs key part '%s' to look its codes up: give it under 'key' (a path, {context: NAME} or"
                    + " {capture: NAME})."),
    RESPONSE_KEY_PART_NOT_NEEDED("CODEBOOK-RESPONSE-KEY-PART-NOT-NEEDED",
            "key part '%s' of %s is not needed: %s. Remove it."),
    RESPONSE_CAPTURE_UNKNOWN("CODEBOOK-RESPONSE-CAPTURE-UNKNOWN",
            "'%s' (in %s) is not captured by a key family of 'each' (captured: %s)."),
    RESPONSE_FIELD_UNKNOWN("CODEBOOK-RESPONSE-FIELD-UNKNOWN",
            "'%s' is not a field of %s.%s"),
    RESPONSE_COMPANION_WILDCARDS("CODEBOOK-RESPONSE-COMPANION",
            "companion '%s' of %s cannot be matched to each code of '%s': it must have the same number of"
                    + " wildcards (%d), bound to the code's, or none."),
    RESPONSE_INFORMATIONAL("CODEBOOK-RESPONSE-INFORMATIONAL",
            "'%s' in 'informational' of %s is not one of its code fields."),
    RESPONSE_NEVER_MATCHES("CODEBOOK-RESPONSE-NEVER-MATCHES",
            "'%s' in %s can never reach a value: %s. Fix the path or the condition."),

    // --- binding: priority ------------------------------------------------------------------------

    PRIORITY_WITHOUT_CODE("CODEBOOK-PRIORITY-WITHOUT-CODE",
            "'priority' orders codes by their 'code', and this catalog's key has no 'code'. Remove 'priority'."),
    PRIORITY_UNKNOWN_CODE("CODEBOOK-PRIORITY-UNKNOWN-CODE",
            "'priority' names '%s', which is not a code of this catalog.%s"),
    PRIORITY_DUPLICATE("CODEBOOK-PRIORITY-DUPLICATE",
            "'priority' names '%s' twice. Name each code once."),

    // --- binding: size ----------------------------------------------------------------------------

    CATALOG_TOO_LARGE("CODEBOOK-CATALOG-TOO-LARGE",
            "the catalog lists %s %s; Codebook generates at most %s %s. %s"),

    // --- Java names: the naming stage -------------------------------------------------------

    NAME_NOT_AN_IDENTIFIER("CODEBOOK-NAME-INVALID",
            "'%s' is not a valid Java %s for %s. %s"),
    NAME_RESERVED("CODEBOOK-NAME-RESERVED",
            "%s would be named %s, which %s. %s"),
    NAME_UNDERIVABLE("CODEBOOK-NAME-UNDERIVABLE",
            "no Java name can be derived for %s: %s has no letter or digit. Give it a 'javaName'."),
    NAME_CLASH_CONSTANT("CODEBOOK-NAME-CLASH-CONSTANT",
            "%s and %s at %s both get the constant name %s (constant names are compared ignoring case). Give one of"
                    + " them a 'javaName'."),
    NAME_CLASH_HANDLER("CODEBOOK-NAME-CLASH-HANDLER",
            "%s and %s at %s get the same handler method %s() (from %s and %s). Give one of them a 'javaName'."),
    NAME_CLASH_TYPE("CODEBOOK-NAME-CLASH-TYPE",
            "%s would generate the type %s, which %s already takes (type names are compared ignoring case, since"
                    + " class files of names differing only in case collide on some file systems). Give one of"
                    + " them another 'javaName'."),
    NAME_CLASH_MEMBER("CODEBOOK-NAME-CLASH-MEMBER",
            "%s would be named %s, like %s. Rename one of them."),
    NAME_CLASH_PACKAGE("CODEBOOK-NAME-CLASH-PACKAGE",
            "catalog '%s' would generate %s, which catalog '%s' (%s) generates into the same package too. Give one"
                    + " of the catalogs another 'javaName' or 'outcomeJavaName', or generate them into different"
                    + " packages with @Codebook(packageName = ...)."),
    NAME_TYPE_EXISTS("CODEBOOK-NAME-TYPE-EXISTS",
            "catalog '%s' would generate %s, but the package already has a type of that name that Codebook did not"
                    + " generate. Give the catalog another '%s', or generate it into another package."),
    NAME_PATTERN_SYNTAX("CODEBOOK-NAME-PATTERN-SYNTAX",
            "'javaNamePattern' %s: %s. A pattern is text with {part} placeholders, e.g. \"STEP{step}_{kind}_{code}\"."),
    NAME_PATTERN_UNKNOWN_PART("CODEBOOK-NAME-PATTERN-PART",
            "'javaNamePattern' uses {%s}, which is neither 'code' nor a single enum, string or integer attribute.%s"),
    NAME_PATTERN_NO_VALUE("CODEBOOK-NAME-PATTERN-VALUE",
            "%s has no value for {%s}, which its 'javaNamePattern' %s uses. Give the code a 'javaName', or a"
                    + " value for '%s'."),

    // --- references between catalogs: the check stage ----------------------------------------

    REFERENCE_CATALOG_MISSING("CODEBOOK-REFERENCE-MISSING",
            "attribute '%s' refers to catalog '%s', which %s. %s"),
    REFERENCE_NOT_KEYED_BY_CODE("CODEBOOK-REFERENCE-COMPOSITE",
            "attribute '%s' refers to codes of catalog '%s', whose codes are identified by a composite key; only"
                    + " catalogs keyed by 'code' can be referenced."),
    REFERENCE_NOT_A_VOCABULARY("CODEBOOK-REFERENCE-NOT-VOCABULARY",
            "attribute '%s' has role canonical-reason, but catalog '%s' is not a canonical vocabulary (it has no"
                    + " attribute with role reason-action)."),
    REFERENCE_UNKNOWN_CODE("CODEBOOK-UNKNOWN-CODE",
            "'%s' is not a code of catalog '%s' (attribute '%s').%s"),

    // --- end-user texts across catalogs: the check stage ------------------------------------------

    NO_USER_TEXT("CODEBOOK-NO-USER-TEXT",
            "%s has no end-user text in '%s': %s. Add userText to the code or to its reason."),
    NO_USER_TEXT_DRAFT("CODEBOOK-NO-USER-TEXT-DRAFT", Problem.Severity.WARNING,
            "%s has no end-user text in '%s': %s. Add userText to the code or to its reason. (locale is a draft)"),
    USER_TEXT_FOR_ANOTHER_ACTION("CODEBOOK-USER-TEXT-ACTION", Problem.Severity.WARNING,
            "%s resolves to %s by default, but the end-user text it takes from its reason %s was written for %s:"
                    + " its user would be told less than what happens. Give the code its own userText."),

    // --- writing what was generated ---------------------------------------------------------------

    WRITE_FAILED("CODEBOOK-WRITE-FAILED",
            "cannot write %s: %s. Check that the build's output directories can be written."),
    BUILD_RECORD_UNWRITTEN("CODEBOOK-BUILD-RECORD", Problem.Severity.WARNING,
            "cannot write %s (spec edits may then need a clean build): %s"),

    // --- Codebook itself ----------------------------------------------------------------------

    INTERNAL("CODEBOOK-INTERNAL",
            "Codebook failed internally on this catalog; this is a bug in Codebook, not in your spec. Please report"
                    + " it with this trace:\n%s"),
    INTERNAL_PROCESSOR("CODEBOOK-INTERNAL-PROCESSOR",
            "Codebook failed internally; this is a bug in Codebook, not in your spec. Please report it with this"
                    + " trace:\n%s");

    private final String id;
    private final Problem.Severity severity;
    private final String template;

    Message(String id, String template) {
        this(id, Problem.Severity.ERROR, template);
    }

    Message(String id, Problem.Severity severity, String template) {
        this.id = id;
        this.severity = severity;
        this.template = template;
    }

    /** The identifier shown after the text, e.g. {@code CODEBOOK-NAME-CLASH-CONSTANT}. */
    public String id() {
        return id;
    }

    public Problem.Severity severity() {
        return severity;
    }

    /** The text before it is filled in, for tests. */
    String template() {
        return template;
    }

    /** The text with {@code arguments} filled in, whatever the JVM's locale. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }

    /**
     * The text and the identifier as users see them, {@code text [ID]}: for what is printed
     * directly rather than collected as a {@link Problem} (which renders the same way).
     */
    public String render(Object... arguments) {
        return format(arguments) + " [" + id + "]";
    }
}
