package io.codebook.processor.compat;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Java type an attribute (or an outcome field) is read as differs between two versions:
 * its type, whether it holds a list, whether it is optional, which catalog's codes it refers to.
 */
final class AttributeShapes {

    private AttributeShapes() {}

    /**
     * The differences, each a phrase; empty when the accessor's type is the same.
     *
     * @param catalogId the catalog that holds the attribute, which a code attribute refers to by default
     */
    static List<String> differences(Attribute before, Attribute after, String catalogId) {
        List<String> found = new ArrayList<>();
        if (before.type() != after.type()) {
            found.add("its type is now " + after.type().specName() + " instead of " + before.type().specName());
        }
        if (before.list() != after.list()) {
            found.add(after.list() ? "it now holds a list of values" : "it now holds one value, not a list");
        }
        if (before.alwaysPresent() != after.alwaysPresent()) {
            found.add(after.alwaysPresent() ? "it is no longer read as an Optional" : "it is now read as an Optional");
        }
        if (before.type() == AttributeType.CODE && after.type() == AttributeType.CODE
                && !before.targetCatalog(catalogId).equals(after.targetCatalog(catalogId))) {
            found.add("it now refers to codes of catalog '" + after.targetCatalog(catalogId) + "' instead of '"
                    + before.targetCatalog(catalogId) + "'");
        }
        return found;
    }
}
