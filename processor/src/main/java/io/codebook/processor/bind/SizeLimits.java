package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;

/**
 * The sizes Codebook generates code for. Within them, any valid spec becomes Java that compiles:
 * the generated types split and spread their members over as many classes as the JVM's limits
 * need. Beyond them a handler interface or an enum of values would exceed what one class file can
 * hold, so the spec is refused here, clearly, instead of failing in javac.
 */
final class SizeLimits {

    /** Codes per catalog: one handler method each in one interface; a class holds at most 65,535 methods. */
    static final int MAX_CODES = 50_000;
    /** Sections per catalog: the constants of the {@code Group} enum. */
    static final int MAX_GROUPS = 1_000;
    /** Values per enum attribute: the constants of its enum. */
    static final int MAX_VALUES = 1_000;
    /** Kinds of outcome per catalog: records of one sealed hierarchy. */
    static final int MAX_OUTCOMES = 200;

    private SizeLimits() {}

    static void check(Catalog catalog, Fields top, Problems problems) {
        int codes = catalog.codes().size();
        if (codes > MAX_CODES) {
            problems.report(top.positionOf("groups"), Message.CATALOG_TOO_LARGE, codes, "codes", MAX_CODES, "codes",
                    "Split the vendor's table into several catalogs.");
        }
        if (catalog.groups().size() > MAX_GROUPS) {
            problems.report(top.positionOf("groups"), Message.CATALOG_TOO_LARGE, catalog.groups().size(), "groups",
                    MAX_GROUPS, "groups", "Merge sections, or split the catalog.");
        }
        if (catalog.outcomes().size() > MAX_OUTCOMES) {
            problems.report(top.positionOf("outcomes"), Message.CATALOG_TOO_LARGE, catalog.outcomes().size(),
                    "outcomes", MAX_OUTCOMES, "outcomes", "Describe fewer kinds of outcome.");
        }
        for (Attribute attribute : catalog.attributes()) {
            if (attribute.values().size() > MAX_VALUES) {
                problems.report(attribute.position(), Message.CATALOG_TOO_LARGE, attribute.values().size(),
                        "values for attribute '" + attribute.name() + "'", MAX_VALUES, "values", "Use a string attribute.");
            }
        }
    }
}
