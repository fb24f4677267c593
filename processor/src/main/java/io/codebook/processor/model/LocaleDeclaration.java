package io.codebook.processor.model;

/**
 * A locale the catalog's end-user texts are written in.
 *
 * @param tag a BCP 47 language tag, e.g. {@code kk} or {@code pt-BR}
 * @param draft whether translations may still be missing (warnings rather than errors)
 */
public record LocaleDeclaration(String tag, boolean draft) {}
