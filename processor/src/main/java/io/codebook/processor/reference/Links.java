package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import java.util.regex.Pattern;

/**
 * Where every page and entry of the reference is: file paths relative to the reference's root, and
 * anchors. Decided here only, so a link and its target cannot disagree. Anchors are the generated
 * constant names, which the naming stage keeps unique in a catalog ignoring case, so a link to a code
 * stays valid as long as the Java constant does, and pages named by them never collide on a file
 * system that ignores case.
 */
final class Links {

    static final String INDEX = "index.html";
    static final String STYLESHEET = "assets/reference.css";
    static final String SCRIPT = "assets/reference.js";

    /** Constants of other scripts are valid Java, and are kept out of file names and URLs. */
    private static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9_]+");

    private Links() {}

    static String catalogPage(String catalogId) {
        return "catalogs/" + catalogId + ".html";
    }

    static String reasonPage(NamedCatalog vocabulary, Code reason) {
        return "reasons/" + vocabulary.id() + "/" + codeAnchor(vocabulary, reason) + ".html";
    }

    /** The anchor of a code on its catalog's page: its constant, or {@code code-<ordinal>} for one not in ASCII. */
    static String codeAnchor(NamedCatalog catalog, Code code) {
        String constant = catalog.constant(code);
        return PORTABLE.matcher(constant).matches() ? constant : "code-" + code.ordinal();
    }

    static String groupAnchor(String groupId) {
        return "group-" + groupId;
    }

    /**
     * A name from a spec (a shape id, a status vocabulary) as an anchor: kept when portable, else by its
     * position after a dot, which no portable name has, so the two kinds never collide.
     */
    static String anchor(String prefix, String name, int index) {
        return Pattern.matches("[A-Za-z0-9_-]+", name) ? prefix + "-" + name : prefix + "." + index;
    }

    static String codeLink(NamedCatalog catalog, Code code) {
        return catalogPage(catalog.id()) + "#" + codeAnchor(catalog, code);
    }

    /** The path from the page at {@code from} to {@code to}, both relative to the root. */
    static String relative(String from, String to) {
        return root(from) + to;
    }

    /** The path from the page at {@code from} back to the root: {@code ../../} for a reason page. */
    static String root(String from) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
