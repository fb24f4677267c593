package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Responses;

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
    /** Shapes of a vendor's bodies: records of the response's sealed hierarchy, and one test each in its reader. */
    static final int MAX_SHAPES = 200;
    /** Outcomes one shape reads: components of its record, which the JVM caps at 255 constructor parameters. */
    static final int MAX_SHAPE_OUTCOMES = 100;
    /** Values per status vocabulary: the cases of one {@code switch} in one method (at most 64 KiB of bytecode). */
    static final int MAX_STATUS_VALUES = 1_000;

    private SizeLimits() {}

    static void check(Catalog catalog, Fields top, Problems problems) {
        int codes = catalog.codes().size();
        if (codes > MAX_CODES) {
            problems.report(top.positionOf("groups"), Message.CATALOG_TOO_LARGE, codes, "codes", MAX_CODES, "codes per catalog",
                    "Split the vendor's table into several catalogs.");
        }
        if (catalog.groups().size() > MAX_GROUPS) {
            problems.report(top.positionOf("groups"), Message.CATALOG_TOO_LARGE, catalog.groups().size(), "groups",
                    MAX_GROUPS, "groups per catalog", "Merge sections, or split the catalog.");
        }
        if (catalog.outcomes().size() > MAX_OUTCOMES) {
            problems.report(top.positionOf("outcomes"), Message.CATALOG_TOO_LARGE, catalog.outcomes().size(),
                    "outcomes", MAX_OUTCOMES, "outcomes per catalog", "Describe fewer kinds of outcome.");
        }
        catalog.responses().ifPresent(responses -> check(responses, problems));
        for (Attribute attribute : catalog.attributes()) {
            if (attribute.values().size() > MAX_VALUES) {
                problems.report(attribute.position(), Message.CATALOG_TOO_LARGE, attribute.values().size(),
                        "values for attribute '" + attribute.name() + "'", MAX_VALUES, "values per attribute", "Use a string attribute.");
            }
        }
    }

    private static void check(Responses responses, Problems problems) {
        if (responses.shapes().size() > MAX_SHAPES) {
            problems.report(responses.shapes().get(MAX_SHAPES).position(), Message.CATALOG_TOO_LARGE,
                    responses.shapes().size(), "shapes of responses", MAX_SHAPES, "shapes per catalog",
                    "Describe what tells bodies apart in fewer shapes: a shape may read several status fields.");
        }
        for (Responses.Shape shape : responses.shapes()) {
            if (shape.outcomes().size() > MAX_SHAPE_OUTCOMES) {
                problems.report(shape.outcomes().get(MAX_SHAPE_OUTCOMES).position(), Message.CATALOG_TOO_LARGE,
                        shape.outcomes().size(), "outcomes read by shape '" + shape.id() + "'", MAX_SHAPE_OUTCOMES,
                        "outcomes per shape", "Read a list of codes with 'each' instead of one outcome per path.");
            }
        }
        for (Responses.StatusVocabulary vocabulary : responses.statuses()) {
            if (vocabulary.values().size() > MAX_STATUS_VALUES) {
                problems.report(vocabulary.position(), Message.CATALOG_TOO_LARGE, vocabulary.values().size(),
                        "values for status vocabulary '" + vocabulary.name() + "'", MAX_STATUS_VALUES, "values per vocabulary",
                        "List the values that decide; any other reads as unknown and is looked at by a person.");
            }
        }
    }
}
