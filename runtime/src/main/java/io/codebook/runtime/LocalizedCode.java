package io.codebook.runtime;

import java.util.Locale;

/** A code with an end-user text in the catalog's locales (generated for catalogs that declare locales). */
public interface LocalizedCode extends CatalogCode {

    /**
     * What to tell the end user about this code, in {@code locale}, else its language, else English
     * (never the JVM's default locale). Texts with placeholders come back with their placeholders
     * (such as {@code {age}}); the catalog's generated {@code Texts} class fills them, typed.
     */
    String userText(Locale locale);
}
