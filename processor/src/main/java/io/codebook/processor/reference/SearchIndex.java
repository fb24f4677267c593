package io.codebook.processor.reference;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.Message;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search's data, written into the reference's script rather than a JSON file: a page opened from
 * disk cannot fetch a file beside it in Chromium, but it can run a script. One entry per code: its
 * catalog, key as shown, wire code, Java constant, link, the entry of its canonical reason, the vendor's
 * texts, and its own end-user texts by locale. A code without texts of its own is searched by its reason's (as it shows
 * them), which the script takes from the reason's entry instead of repeating them in every vendor code.
 */
final class SearchIndex {

    private final ReferenceFacts facts;

    SearchIndex(ReferenceFacts facts) {
        this.facts = facts;
    }

    /** {@code var CODEBOOK_INDEX = {...};} */
    String script() {
        List<CodeRef> entries = new ArrayList<>();
        Map<Object, Integer> positions = new HashMap<>();
        for (NamedCatalog catalog : facts.catalogs.catalogs()) {
            for (Code code : catalog.codes()) {
                CodeRef ref = new CodeRef(catalog, code);
                positions.put(ref.key(), entries.size());
                entries.add(ref);
            }
        }
        StringBuilder out = new StringBuilder(entries.size() * 200);
        out.append("var CODEBOOK_INDEX = {\"catalogs\": [");
        List<NamedCatalog> catalogs = facts.catalogs.catalogs();
        for (int i = 0; i < catalogs.size(); i++) {
            out.append(i > 0 ? ", " : "").append('[');
            string(out, catalogs.get(i).id()).append(", ");
            string(out, CatalogPage.title(catalogs.get(i).catalog())).append(']');
        }
        out.append("],\n\"codes\": [\n");
        for (int i = 0; i < entries.size(); i++) {
            entry(out, entries.get(i), catalogs, positions);
            out.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        out.append("]};\n");
        return out.toString();
    }

    private void entry(StringBuilder out, CodeRef ref, List<NamedCatalog> catalogs, Map<Object, Integer> positions) {
        Code code = ref.code();
        String link = facts.crosswalk.isVocabulary(ref.catalog()) ? Links.reasonPage(ref.catalog(), code) : ref.link();
        Optional<CodeRef> reason = facts.crosswalk.reasonOf(ref);
        out.append('[').append(catalogs.indexOf(ref.catalog())).append(", ");
        string(out, CodeEntry.keyLabel(ref.catalog().catalog(), code)).append(", ");
        string(out, code.code().orElse("")).append(", ");
        string(out, ref.constant()).append(", ");
        string(out, link).append(", ");
        out.append(reason.map(r -> positions.getOrDefault(r.key(), -1)).orElse(-1)).append(", [");
        List<String> vendorTexts = new ArrayList<>();
        code.description().ifPresent(vendorTexts::add);
        code.messages().stream().map(Message::text).forEach(vendorTexts::add);
        vendorTexts.addAll(code.aliases());
        code.variants().stream().map(Variant::description).flatMap(Optional::stream).forEach(vendorTexts::add);
        for (int i = 0; i < vendorTexts.size(); i++) {
            string(out.append(i > 0 ? ", " : ""), vendorTexts.get(i));
        }
        out.append("], [");
        int i = 0;
        for (Map.Entry<String, String> text : code.userText().entrySet()) {
            out.append(i++ > 0 ? ", " : "").append('[');
            string(out, text.getKey()).append(", ");
            string(out, text.getValue()).append(']');
        }
        out.append("]]");
    }

    /**
     * A JSON string, which JavaScript reads as a string literal. Besides what JSON must escape, the line
     * separators U+2028 and U+2029 (line breaks to older JavaScript) and {@code <} (so the data could never
     * close a script element it were pasted into) are escaped; lone surrogates, which UTF-8 cannot hold,
     * become U+FFFD.
     */
    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
