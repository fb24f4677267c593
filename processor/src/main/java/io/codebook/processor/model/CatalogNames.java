package io.codebook.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every Java name generated for a catalog, decided once by the naming stage and checked for
 * clashes there; generators look names up here and never derive one.
 *
 * @param packageName the package the catalog's types are generated into
 * @param codeType simple name of the code type ({@code IdAnalyzerWarning})
 * @param tableType simple name of the package-private companion holding the code table
 * @param outcomeType simple name of the outcome hierarchy, when the catalog declares outcomes
 * @param constants each code's constant name, by {@link Code#ordinal()}
 * @param handlers each code's handler method name ({@code Cases}, {@code Texts}), by ordinal
 * @param groupConstants each group's constant in the {@code Group} enum, by group id
 * @param enumTypes each enum attribute's nested type, by attribute name
 * @param valueConstants each enum attribute's constants, by attribute name then wire value
 * @param outcomes each outcome's names, by outcome id
 * @param responses the names of the response type and its reader, when the spec describes responses
 * @param qualifiedJavaLang {@code java.lang} simple names that a type of the target package
 *     shadows, which generated code must therefore always write qualified
 */
public record CatalogNames(
        String packageName,
        String codeType,
        String tableType,
        Optional<String> outcomeType,
        List<String> constants,
        List<String> handlers,
        Map<String, String> groupConstants,
        Map<String, String> enumTypes,
        Map<String, Map<String, String>> valueConstants,
        Map<String, OutcomeNames> outcomes,
        Optional<ResponseNames> responses,
        Set<String> qualifiedJavaLang) {

    public CatalogNames {
        constants = List.copyOf(constants);
        handlers = List.copyOf(handlers);
        groupConstants = Map.copyOf(groupConstants);
        enumTypes = Map.copyOf(enumTypes);
        valueConstants = Map.copyOf(valueConstants);
        outcomes = Map.copyOf(outcomes);
        qualifiedJavaLang = Set.copyOf(qualifiedJavaLang);
    }

    /** The top-level types the catalog generates, in the order they are written. */
    public List<String> topLevelTypes() {
        List<String> types = new java.util.ArrayList<>(List.of(codeType, tableType));
        outcomeType.ifPresent(types::add);
        responses.ifPresent(r -> types.addAll(List.of(r.type(), r.readerType())));
        return types;
    }

    /**
     * The names of a catalog's response type.
     *
     * @param type the sealed response type's simple name ({@code ArgosResponse})
     * @param readerType the package-private reader's simple name ({@code ArgosResponseReader})
     * @param shapes each shape's names, by shape id
     */
    public record ResponseNames(String type, String readerType, Map<String, ShapeNames> shapes) {

        public ResponseNames {
            shapes = Map.copyOf(shapes);
        }
    }

    /**
     * The names of one shape of response.
     *
     * @param type the record's simple name, nested in the response type
     * @param handler its method in the response type's {@code Cases}
     * @param components the record component holding each of the shape's outcomes, in the spec's order
     */
    public record ShapeNames(String type, String handler, List<String> components) {

        public ShapeNames {
            components = List.copyOf(components);
        }
    }

    /**
     * The names of one outcome.
     *
     * @param type the record's simple name, nested in the outcome hierarchy
     * @param factory the static factory's name, also the handler method of {@code Cases}
     * @param codeType the nested enum of the codes the outcome may hold; empty when it holds none,
     *     or when it may hold every code and so holds the catalog's own type
     * @param fieldEnumTypes the nested enum of each enum field, by field name
     * @param fieldValueConstants the constants of each enum field, by field name then wire value
     */
    public record OutcomeNames(String type, String factory, Optional<String> codeType,
            Map<String, String> fieldEnumTypes, Map<String, Map<String, String>> fieldValueConstants) {

        public OutcomeNames {
            fieldEnumTypes = Map.copyOf(fieldEnumTypes);
            fieldValueConstants = Map.copyOf(fieldValueConstants);
        }
    }
}
