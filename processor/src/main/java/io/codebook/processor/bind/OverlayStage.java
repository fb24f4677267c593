package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays a consumer's overlay ({@code <catalog>.overlay.yaml} in its own spec directory) over a
 * catalog it does not own: locales it adds, and end-user texts it gives or rewords, by the codes'
 * wire codes. It works on the spec's tree before binding, so the overlay is checked by the very
 * rules the catalog is (a new locale needs a text wherever the catalog has its own, a translation
 * takes the same placeholders), and each overlay value keeps its own file, line and column for
 * the errors. Nothing else of the catalog can be changed: its codes, actions and mappings are the
 * spec's.
 */
public final class OverlayStage {

    static final List<String> OVERLAY_KEYS = SpecGrammar.OVERLAY.names();

    private final Problems problems;

    public OverlayStage(Problems problems) {
        this.problems = problems;
    }

    /** The catalog's tree with the overlay laid over it; the catalog's own tree where the overlay cannot be read. */
    public SpecNode apply(String catalogId, SpecNode catalog, SpecNode overlay) {
        Optional<SpecMap> overlayMap = Fields.asMap(overlay, "the overlay", problems);
        if (!(catalog instanceof SpecMap top) || overlayMap.isEmpty()) {
            return catalog; // a catalog that is no map is reported by binding
        }
        Fields fields = new Fields(overlayMap.get(), "the overlay", OVERLAY_KEYS, problems);
        fields.integer("codebook", true).filter(v -> v != CatalogBinder.FORMAT_VERSION).ifPresent(v -> problems.report(
                fields.positionOf("codebook"), Message.FORMAT_VERSION, v, CatalogBinder.FORMAT_VERSION));
        fields.text("overlay", true).filter(id -> !id.equals(catalogId)).ifPresent(id -> problems.report(
                fields.positionOf("overlay"), Message.OVERLAY_CATALOG, id, catalogId));
        List<SpecNode> locales = fields.list("locales", false).map(SpecList::items).orElse(List.of());
        Map<SpecMap, SpecMap> reworded = reworded(catalogId, top, fields.submap("userText", false));
        List<SpecMap.Entry> entries = new ArrayList<>();
        boolean localesSeen = false;
        for (SpecMap.Entry entry : top.entries()) {
            String key = entry.key().value();
            if (key.equals("locales") && entry.value() instanceof SpecList own) {
                List<SpecNode> all = new ArrayList<>(own.items());
                all.addAll(locales);
                entries.add(new SpecMap.Entry(entry.key(), new SpecList(all, own.position())));
                localesSeen = true;
            } else if (key.equals("groups")) {
                entries.add(new SpecMap.Entry(entry.key(), withTexts(entry.value(), reworded)));
            } else {
                entries.add(entry);
            }
        }
        if (!localesSeen && !locales.isEmpty()) {
            SpecNode list = fields.node("locales").orElseThrow();
            entries.add(new SpecMap.Entry(new SpecScalar("locales", list.position(), false),
                    new SpecList(locales, list.position())));
        }
        return new SpecMap(entries, top.position());
    }

    /** Each code map the overlay gives texts to, with its texts merged: the overlay's win, per locale. */
    private Map<SpecMap, SpecMap> reworded(String catalogId, SpecMap top, Optional<SpecMap> texts) {
        Map<SpecMap, SpecMap> reworded = new IdentityHashMap<>();
        if (texts.isEmpty()) {
            return reworded;
        }
        Map<String, List<SpecMap>> byCode = codesByWireCode(top);
        for (SpecMap.Entry entry : texts.get().entries()) {
            String code = entry.key().value();
            List<SpecMap> codes = byCode.getOrDefault(code, List.of());
            if (codes.isEmpty()) {
                problems.report(entry.key().position(), Message.OVERLAY_UNKNOWN_CODE, code, catalogId,
                        Suggestions.hint(code, byCode.keySet()));
                continue;
            }
            if (codes.size() > 1) {
                problems.report(entry.key().position(), Message.OVERLAY_AMBIGUOUS_CODE, catalogId, codes.size(), code);
                continue;
            }
            Optional<SpecMap> given = Fields.asMap(entry.value(), "the userText of code '" + code + "' in the overlay",
                    problems);
            given.ifPresent(map -> reworded.put(codes.get(0), withUserText(codes.get(0), map)));
        }
        return reworded;
    }

    private static Map<String, List<SpecMap>> codesByWireCode(SpecMap top) {
        Map<String, List<SpecMap>> byCode = new LinkedHashMap<>();
        if (top.get("groups").orElse(null) instanceof SpecList groups) {
            for (SpecNode group : groups.items()) {
                if (group instanceof SpecMap groupMap && groupMap.get("codes").orElse(null) instanceof SpecList codes) {
                    for (SpecNode code : codes.items()) {
                        if (code instanceof SpecMap codeMap && codeMap.get("code").orElse(null) instanceof SpecScalar wire) {
                            byCode.computeIfAbsent(wire.value(), k -> new ArrayList<>()).add(codeMap);
                        }
                    }
                }
            }
        }
        return byCode;
    }

    /** The code with its userText: its own per locale, replaced or joined by the overlay's. */
    private static SpecMap withUserText(SpecMap code, SpecMap overlay) {
        Map<String, SpecMap.Entry> texts = new LinkedHashMap<>();
        Optional<SpecNode> own = code.get("userText");
        if (own.orElse(null) instanceof SpecMap ownMap) {
            ownMap.entries().forEach(e -> texts.put(e.key().value(), e));
        }
        overlay.entries().forEach(e -> texts.put(e.key().value(), e));
        SpecMap merged = new SpecMap(new ArrayList<>(texts.values()), own.map(SpecNode::position)
                .orElse(overlay.position()));
        List<SpecMap.Entry> entries = new ArrayList<>();
        boolean replaced = false;
        for (SpecMap.Entry entry : code.entries()) {
            if (entry.key().value().equals("userText")) {
                entries.add(new SpecMap.Entry(entry.key(), merged));
                replaced = true;
            } else {
                entries.add(entry);
            }
        }
        if (!replaced) {
            entries.add(new SpecMap.Entry(new SpecScalar("userText", overlay.position(), false), merged));
        }
        return new SpecMap(entries, code.position());
    }

    /** The groups with each reworded code replaced. */
    private static SpecNode withTexts(SpecNode groups, Map<SpecMap, SpecMap> reworded) {
        if (reworded.isEmpty() || !(groups instanceof SpecList list)) {
            return groups;
        }
        List<SpecNode> items = new ArrayList<>();
        for (SpecNode group : list.items()) {
            if (!(group instanceof SpecMap groupMap) || !(groupMap.get("codes").orElse(null) instanceof SpecList codes)) {
                items.add(group);
                continue;
            }
            List<SpecNode> newCodes = codes.items().stream()
                    .map(code -> code instanceof SpecMap map && reworded.containsKey(map) ? reworded.get(map) : code)
                    .toList();
            List<SpecMap.Entry> entries = groupMap.entries().stream()
                    .map(e -> e.key().value().equals("codes")
                            ? new SpecMap.Entry(e.key(), new SpecList(newCodes, codes.position())) : e)
                    .toList();
            items.add(new SpecMap(entries, groupMap.position()));
        }
        return new SpecList(items, list.position());
    }
}
