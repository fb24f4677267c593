package io.codebook.processor.naming;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names generated code uses itself, and those Java does not let it use: everything a name a
 * spec gives or derives may not be. Generators take the generated names from here, so the names
 * the naming stage keeps free are exactly those the generators use.
 */
public final class Reserved {

    private Reserved() {}

    // --- types nested in a catalog's code type ---------------------------------------------------

    /** The nested enum of the document's sections. */
    public static final String GROUP = "Group";
    /** The nested handler interface with one method per code. */
    public static final String CASES = "Cases";
    /** The nested class of typed end-user texts. */
    public static final String TEXTS = "Texts";
    /** The nested class of a code's variants (rows the document prints more than once). */
    public static final String VARIANT = "Variant";
    /** Prefix of the enums a catalog too large for one class is split into: {@code Part1}, {@code Part2}… */
    public static final String PART = "Part";
    /** Suffix of the package-private companion that holds a catalog's tables. */
    public static final String TABLE_SUFFIX = "Table";

    // --- types nested in an outcome hierarchy ---------------------------------------------------

    /** The outcome every catalog has for what its spec does not know. */
    public static final String UNKNOWN = "Unknown";
    /** The handler of some outcomes, with a fallback. */
    public static final String PARTIAL_CASES = "PartialCases";
    /** Suffix of the nested enum of the codes an outcome may hold: {@code RetryCode}. */
    public static final String CODE_SUFFIX = "Code";

    // --- a response type and its reader ---------------------------------------------------------

    /** Suffix of a catalog's response type, after its derived base name: {@code ArgosResponse}. */
    public static final String RESPONSE_SUFFIX = "Response";
    /** Suffix of the package-private reader of a response type: {@code ArgosResponseReader}. */
    public static final String READER_SUFFIX = "Reader";
    /** The record of a body of no documented shape. */
    public static final String UNRECOGNIZED = "Unrecognized";
    /** Its handler method, and its {@code shape()}. */
    public static final String UNRECOGNIZED_CASE = "unrecognized";
    /** The response type's {@code ResponseReader} constant. */
    public static final String READER_FIELD = "READER";

    /** Nested type names of a response type that a shape's name may not take. */
    static final Set<String> RESPONSE_NESTED = Set.of(UNRECOGNIZED, "Cases", "R");

    /** Components and methods every response record has, which an outcome's component may not take. */
    static final Set<String> RESPONSE_COMPONENTS = union(Set.of("getClass", "hashCode", "equals", "toString", "clone",
            "finalize", "notify", "notifyAll", "wait"), Set.of("verdict", "findings", "statuses", "details",
            "attemptsMade", "tree", "shape", "resolve", "match"));

    /** Handler method names a shape may not derive. */
    static final Set<String> RESPONSE_HANDLERS = union(Set.of("getClass", "hashCode", "equals", "toString", "clone",
            "finalize", "notify", "notifyAll", "wait"), Set.of(UNRECOGNIZED_CASE, "match", "read", "recognises"));

    // --- static fields ------------------------------------------------------------------------------

    /** The catalog's {@code CatalogInfo}. */
    public static final String CATALOG_FIELD = "CATALOG";
    /** The vendor's priority order as a comparator. */
    public static final String BY_PRIORITY_FIELD = "BY_PRIORITY";
    /** An attribute enum's lookup from wire value to constant. */
    public static final String BY_VALUE_FIELD = "BY_VALUE";

    /** Static fields of a code type, which no code constant may take. */
    static final Set<String> CODE_TYPE_FIELDS = Set.of(CATALOG_FIELD, BY_PRIORITY_FIELD);
    /** Static fields of an attribute enum, which no value constant may take. */
    static final Set<String> VALUE_ENUM_FIELDS = Set.of(BY_VALUE_FIELD);

    // --- methods ------------------------------------------------------------------------------------

    /** The handler method of wire values a catalog does not document, and of unknown outcomes. */
    public static final String UNKNOWN_CASE = "unknown";
    /** What a partial handler gives for the cases it does not handle. */
    public static final String OTHERWISE = "otherwise";
    /** Dispatches a value to its handler method. */
    public static final String MATCH = "match";

    /** {@link Object}'s methods: a generated method of the same name would override or clash with them. */
    public static final Set<String> OBJECT_METHODS = Set.of(
            "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait");

    /** Handler (and typed text) method names a code may not derive; such a code's handler is {@code caseX}. */
    static final Set<String> HANDLER_METHODS = union(OBJECT_METHODS, Set.of(UNKNOWN_CASE, OTHERWISE, MATCH));

    /**
     * Instance methods every generated code type has, from the runtime interfaces, {@link Enum},
     * {@link Object} or Codebook itself; an attribute's accessor may not take one of these names.
     * The runtime methods a role fills are checked separately: an attribute named after its role's
     * method is that method.
     */
    static final Set<String> CODE_TYPE_METHODS = union(OBJECT_METHODS, Set.of(
            "code", "name", "group", "description", "messages", "catalog", "vendorText", "userText", "variants",
            "mappedCodes", "priorityRank", "match", "row", "ordinal", "compareTo", "getDeclaringClass",
            "describeConstable", "values", "valueOf", "fromCode", "fromKey", "highestPriority", "key", "aliases",
            "notes", "placeholders", "javaName", "userTexts", "textNeedsArguments", "deprecated", "retired",
            "replacement"));

    /** Accessors of a code's {@code Variant}, which an attribute given in variants may not take. */
    static final Set<String> VARIANT_METHODS = union(OBJECT_METHODS, Set.of("description", "when"));

    /**
     * Names an outcome's record components may not take: those Java forbids for record components,
     * and the methods and components generated code gives the records itself.
     */
    static final Set<String> OUTCOME_COMPONENTS = union(OBJECT_METHODS, Set.of("code", "codes", "match", "outcome", "raw",
            Reserved.SENT_COMPONENT));

    /** The component of every outcome record that keeps the values passed to its factory. */
    public static final String SENT_COMPONENT = "sent";

    /** Factory names of an outcome hierarchy that would clash with its own methods. */
    static final Set<String> FACTORY_METHODS = union(OBJECT_METHODS, Set.of(UNKNOWN_CASE, OTHERWISE, MATCH));

    // --- Java ------------------------------------------------------------------------------------

    /** Identifiers Java restricts in some positions; never a name Codebook generates. */
    static final Set<String> RESTRICTED = Set.of("_", "var", "yield", "record", "sealed", "permits", "non-sealed");

    /**
     * The public types of {@code java.lang} in every JDK from 17 to 25 (and those added or removed on
     * the way), so a spec is valid or not whatever JDK compiles it. A generated type of such a name
     * would shadow the {@code java.lang} one in every file of its package, or of its enclosing type.
     */
    static final Set<String> JAVA_LANG = Set.of(
            "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
            "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
            "CharSequence", "Character", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
            "ClassLoader", "ClassNotFoundException", "ClassValue", "CloneNotSupportedException", "Cloneable",
            "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error",
            "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface", "IO", "IllegalAccessError",
            "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
            "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
            "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
            "InstantiationError", "InstantiationException", "Integer", "InternalError", "InterruptedException",
            "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module",
            "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
            "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
            "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
            "SecurityManager", "Short", "StableValue", "StackOverflowError", "StackTraceElement", "StackWalker",
            "StrictMath", "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException",
            "StringTemplate", "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal",
            "Throwable", "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError",
            "UnsupportedClassVersionError", "UnsupportedOperationException", "VerifyError", "VirtualMachineError",
            "Void", "WrongThreadException");

    /**
     * The {@code java.lang} types generated code names by their simple name. A type of the target
     * package with one of these names would capture it, so the generator writes it qualified there.
     */
    public static final Set<String> JAVA_LANG_IN_GENERATED_CODE = Set.of(
            "AssertionError", "Boolean", "Deprecated", "Double", "Integer", "Object", "Override", "String",
            "SuppressWarnings");

    /** The type variable of handlers ({@code Cases<R>}, {@code match}): a nested type of this name would hide it. */
    public static final String RESULT_TYPE_VARIABLE = "R";

    /** Nested type names of a code type that a spec's names may not take. */
    static final Set<String> CODE_TYPE_NESTED = Set.of(GROUP, CASES, TEXTS, VARIANT, RESULT_TYPE_VARIABLE);

    /** Nested type names of an outcome hierarchy that a spec's names may not take. */
    static final Set<String> OUTCOME_NESTED = Set.of(UNKNOWN, CASES, PARTIAL_CASES, RESULT_TYPE_VARIABLE);

    /** {@code Part1}, {@code Part2}…: taken in a split catalog, so never a spec's, at any size. */
    static final Pattern PART_NAME = Pattern.compile(PART + "[0-9]+");

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
