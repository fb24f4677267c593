package io.codebook.runtime;

import java.util.Locale;

/** A code with an end-user text in the catalog's locales (generated for catalogs that declare locales). */
public interface LocalizedCode extends CatalogCode {

    /**
     * What to tell the end user about this code, in {@code locale}, else its language, else English
     * (never the JVM's default locale). A code whose own text needs arguments (such as {@code {age}})
     * gives its canonical reason's text here; the catalog's generated {@code Texts} class gives its own
     * text with the arguments filled, typed. Without a canonical reason, the text keeps its placeholders.
     */
    String userText(Locale locale);
}
