package io.codebook.example.response;

/** Lets tests outside the package reach the suggestions' YAML quoting. */
public final class SpecSuggestionsAccess {

    private SpecSuggestionsAccess() {}

    public static String yaml(String text) {
        return SpecSuggestions.yaml(text);
    }
}
