package io.codebook.processor.reference;

import io.codebook.processor.json.JsonString;
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

    private static StringBuilder string(StringBuilder out, String text) {
        return JsonString.append(out, text);
    }
}
