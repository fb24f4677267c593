package io.codebook.processor.compat;

/**
 * Every kind of change the compatibility check reports, each with the one effect it has on
 * consumers. The effect belongs to the kind, not to the occasion, so the table users read (the
 * goal's documentation) and the build's verdict can never disagree.
 */
public enum ChangeKind {

    // --- catalogs and their types -----------------------------------------------------------------
    CATALOG_REMOVED(Effect.COMPILE, "a catalog's spec is gone, and every type it generated"),
    CATALOG_ADDED(Effect.SAFE, "a new catalog"),
    TYPE_RENAMED(Effect.COMPILE, "a generated type has another name: the code type, the outcome hierarchy, the response"
            + " type, an attribute's or a field's enum"),
    KEY_CHANGED(Effect.COMPILE, "the catalog's key parts changed: the lookups take other parameters"),
    PRIORITY_REMOVED(Effect.COMPILE, "the vendor's priority is gone, and the methods generated from it"),
    PRIORITY_ADDED(Effect.SAFE, "a priority among codes, with its methods"),
    PRIORITY_CHANGED(Effect.RUNTIME, "another order among codes: another code wins"),
    ATTEMPT_LIMIT_CHANGED(Effect.RUNTIME, "the vendor's attempt limit changed: a retry becomes a rejection at another"
            + " count"),
    LOCALE_REMOVED(Effect.RUNTIME, "a locale of the end-user texts is gone: its users read the English texts"),
    LOCALE_ADDED(Effect.SAFE, "a locale of the end-user texts"),
    TEXT_CHANGED(Effect.SAFE, "descriptions, titles, notes, messages, end-user texts, sources"),

    // --- codes ------------------------------------------------------------------------------------
    CODE_REMOVED(Effect.COMPILE, "a code is gone, deprecated or not"),
    CODE_ADDED(Effect.SAFE, "a new code; exhaustive Cases handlers and switches over the code type name it, on"
            + " purpose"),
    CONSTANT_RENAMED(Effect.COMPILE, "the same wire value has another constant: a code's or an enum value's"),
    WIRE_VALUE_CHANGED(Effect.RUNTIME, "the same constant stands for another wire value: a code's or an enum value's"),
    ALIAS_REMOVED(Effect.RUNTIME, "another spelling of a code or a value no longer reads as it"),
    ALIAS_ADDED(Effect.SAFE, "another spelling of a code or a value reads as it"),
    CANONICAL_REASON_CHANGED(Effect.RUNTIME, "a code maps to another canonical reason: the application treats it"
            + " otherwise"),
    ACTION_CHANGED(Effect.RUNTIME, "a code's action-bearing attribute or an enum value's action changed: the next"
            + " action resolved for it"),
    VALUE_CHANGED(Effect.RUNTIME, "a code's value of another attribute, or of its variants, changed"),
    GROUP_CHANGED(Effect.RUNTIME, "a code is listed in another group: group() returns another constant"),
    DEPRECATED(Effect.SAFE, "a code or a value is newly deprecated: code naming it compiles with a deprecation"
            + " warning"),
    RETIRED(Effect.SAFE, "a deprecated code or value is now retired: the vendor no longer sends it, it still reads"),
    UNDEPRECATED(Effect.SAFE, "a code or a value is no longer deprecated"),
    TEXTS_METHOD_CHANGED(Effect.COMPILE, "a typed end-user text method (Texts) is gone or takes other parameters"),

    // --- groups -----------------------------------------------------------------------------------
    GROUP_REMOVED(Effect.COMPILE, "a group is gone, and its Group constant"),
    GROUP_RENAMED(Effect.COMPILE, "a group has another Group constant"),
    GROUP_ADDED(Effect.SAFE, "a new group"),

    // --- attributes -------------------------------------------------------------------------------
    ATTRIBUTE_REMOVED(Effect.COMPILE, "an attribute is gone, and its accessor"),
    ATTRIBUTE_ADDED(Effect.SAFE, "a new attribute and its accessor"),
    ATTRIBUTE_TYPE_CHANGED(Effect.COMPILE, "an attribute's accessor returns another type: its type, list-ness,"
            + " optionality or referenced catalog changed"),
    ROLE_REMOVED(Effect.COMPILE, "an attribute no longer fills a runtime role: the interface or method it filled is"
            + " gone"),
    ROLE_ADDED(Effect.RUNTIME, "an attribute now fills a runtime role: what the runtime resolves from it changes"),
    DEFAULT_CHANGED(Effect.RUNTIME, "codes that give no value of an attribute read another default"),
    NONE_VALUES_REMOVED(Effect.RUNTIME, "a wire value that meant \"no value\" now reads as a value"),
    NONE_VALUES_ADDED(Effect.SAFE, "a wire value now means \"no value\""),
    VARIANT_ATTRIBUTE_REMOVED(Effect.COMPILE, "no variant gives an attribute any more: the variants' accessor is"
            + " gone"),
    VALUE_REMOVED(Effect.COMPILE, "an enum value is gone, deprecated or not, and its constant"),
    VALUE_ADDED(Effect.SAFE, "a new enum value; exhaustive switches over the enum name it"),

    // --- outcomes ---------------------------------------------------------------------------------
    OUTCOME_REMOVED(Effect.COMPILE, "an outcome kind is gone: its record, factory and handler"),
    OUTCOME_RENAMED(Effect.COMPILE, "an outcome's record or factory has another name"),
    OUTCOME_ADDED(Effect.SAFE, "a new outcome kind; exhaustive handlers of the hierarchy name it, on purpose"),
    OUTCOME_CHANGED(Effect.COMPILE, "an outcome holds one, several or no codes now, of another type, or its factory"
            + " takes other key parts"),
    CODE_LEFT_OUTCOME(Effect.COMPILE, "a code is no longer one an outcome may hold (moved to another kind)"),
    CODE_JOINED_OUTCOME(Effect.SAFE, "an existing code is now one an outcome may hold"),
    FIELD_REMOVED(Effect.COMPILE, "an outcome's field is gone: its component and factory parameter"),
    FIELD_ADDED(Effect.COMPILE, "an outcome has a new field: its factory takes one more value"),
    FIELD_TYPE_CHANGED(Effect.COMPILE, "an outcome's field has another type, list-ness or referenced catalog"),

    // --- responses --------------------------------------------------------------------------------
    RESPONSES_REMOVED(Effect.COMPILE, "the catalog no longer describes responses: the response type is gone"),
    RESPONSES_ADDED(Effect.SAFE, "the catalog now describes responses"),
    READ_SIGNATURE_CHANGED(Effect.COMPILE, "the response reader takes other context values"),
    SHAPE_REMOVED(Effect.COMPILE, "a response shape is gone: its record and handler"),
    SHAPE_RENAMED(Effect.COMPILE, "a response shape's record or handler has another name"),
    SHAPE_ADDED(Effect.SAFE, "a new response shape; exhaustive handlers of responses name it, on purpose"),
    SHAPE_COMPONENTS_CHANGED(Effect.COMPILE, "a shape's record lost a component, or one holds another outcome"),
    SHAPE_COMPONENT_ADDED(Effect.SAFE, "a shape's record has a new component"),
    RESPONSE_READING_CHANGED(Effect.RUNTIME, "bodies are read otherwise: a shape's conditions, status fields, paths or"
            + " details, the shapes' order, a vocabulary's case, emptyIsAbsent"),
    STATUS_VALUE_REMOVED(Effect.RUNTIME, "a documented status value is gone: it reads as UNKNOWN"),
    STATUS_VERDICT_CHANGED(Effect.RUNTIME, "a status value concludes another verdict"),
    STATUS_VALUE_ADDED(Effect.SAFE, "a newly documented status value (it read as UNKNOWN)");

    private final Effect effect;
    private final String meaning;

    ChangeKind(Effect effect, String meaning) {
        this.effect = effect;
        this.meaning = meaning;
    }

    public Effect effect() {
        return effect;
    }

    /** What the kind covers, in the words of the goal's documentation. */
    public String meaning() {
        return meaning;
    }
}
