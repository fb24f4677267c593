package io.codebook.processor.reference;

import java.util.Locale;

/** The catalogs of a reference with what is derived from them once for every page: the crosswalk, actions and texts, relations. */
final class ReferenceFacts {

    final ReferenceCatalogs catalogs;
    final Crosswalk crosswalk;
    final CodeFacts codes;
    final Relations relations;

    ReferenceFacts(ReferenceCatalogs catalogs) {
        this.catalogs = catalogs;
        this.crosswalk = new Crosswalk(catalogs);
        this.codes = new CodeFacts(crosswalk);
        this.relations = new Relations(catalogs);
    }

    /** A locale as readers know it: {@code Russian (ru)}; the tag alone where Java knows no name for it. */
    static String localeLabel(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isEmpty() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }
}
