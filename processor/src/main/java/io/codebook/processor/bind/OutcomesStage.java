package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Suggestions;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.CodeSelector;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code outcomes}: the kinds of outcome a vendor response can carry. */
final class OutcomesStage {

    static final List<String> OUTCOME_KEYS = List.of("id", "javaName", "description", "codes", "list", "fields");
    static final List<String> SELECTOR_KEYS = List.of("groups", "where");

    private final Problems problems;
    private final List<Attribute> attributes;
    private final List<Group> groups;
    private final List<KeyPart> key;

    OutcomesStage(Problems problems, List<Attribute> attributes, List<Group> groups, List<KeyPart> key) {
        this.problems = problems;
        this.attributes = attributes;
        this.groups = groups;
        this.key = key;
    }

    List<Outcome> read(Optional<io.codebook.processor.yaml.SpecList> list) {
        List<Outcome> outcomes = new ArrayList<>();
        if (list.isEmpty()) {
            return outcomes;
        }
        Map<String, SpecPosition> ids = new HashMap<>();
        for (SpecNode item : list.get().items()) {
            Fields.asMap(item, "an outcome", problems)
                    .flatMap(map -> readOne(new Fields(map, "an outcome", OUTCOME_KEYS, problems), ids))
                    .ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Optional<Outcome> readOne(Fields fields, Map<String, SpecPosition> ids) {
        Optional<String> id = fields.uniqueId("outcome", "retry", ids);
        String where = "outcome '" + id.orElse("?") + "'";
        Optional<Name> javaName = fields.name("javaName");
        Optional<String> description = fields.text("description", false);
        int problemsBefore = problems.all().size();
        Optional<CodeSelector> codes = fields.submap("codes", false).map(map -> selector(map, where));
        // a selector naming something unknown selects nothing because of that: one mistake, one error
        boolean selectorReported = problems.all().size() > problemsBefore;
        codes.filter(selector -> !selectorReported)
                .filter(selector -> groups.stream().flatMap(g -> g.codes().stream()).noneMatch(selector::selects))
                .ifPresent(selector -> problems.error(fields.positionOf("codes"), ProblemIds.INVALID_VALUE,
                        where + " selects no code of the catalog. Check its 'groups' and 'where', or remove 'codes'"
                                + " if the outcome carries no code."));
        boolean list = fields.bool("list", false).orElse(false);
        if (list && codes.isEmpty()) {
            problems.error(fields.positionOf("list"), ProblemIds.INVALID_VALUE,
                    where + " holds a list of codes but selects none. Add 'codes', or remove 'list'.");
        }
        if (list && key.stream().noneMatch(part -> part instanceof KeyPart.CodePart)) {
            problems.error(fields.positionOf("list"), ProblemIds.INVALID_VALUE,
                    where + " holds a list of codes, which needs a catalog keyed by 'code': the list is of wire codes.");
        }
        List<Attribute> outcomeFields = new AttributesStage(problems).read(fields.submap("fields", false));
        return id.map(value -> new Outcome(value, javaName, description, codes, list, outcomeFields,
                fields.positionOf("id")));
    }

    /** A list attribute is selected on one of its values ("returnedAs: aborted" = has aborted among them). */
    private static Attribute oneValueOf(Attribute attribute) {
        return attribute.withShape(false, attribute.required());
    }

    private CodeSelector selector(SpecMap map, String where) {
        Fields fields = new Fields(map, "'codes' of " + where, SELECTOR_KEYS, problems);
        List<String> groupIds = fields.textList("groups");
        for (String groupId : groupIds) {
            if (groups.stream().noneMatch(g -> g.id().equals(groupId))) {
                List<String> known = groups.stream().map(Group::id).toList();
                String hint = Suggestions.closest(groupId, known).map(s -> " Did you mean '" + s + "'?").orElse("");
                problems.error(CatalogBinder.positionIn(fields.list("groups", false), groupId, fields.position()),
                        ProblemIds.UNKNOWN_KEY, where + " selects group '" + groupId + "', which the catalog does not have." + hint);
            }
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        fields.submap("where", false).ifPresent(whereMap -> {
            new Fields(whereMap, "'where' of " + where, attributes.stream().map(Attribute::name).toList(), problems);
            for (SpecMap.Entry entry : whereMap.entries()) {
                attributes.stream().filter(a -> a.name().equals(entry.key().value())).findFirst()
                        .map(OutcomesStage::oneValueOf)
                        .flatMap(a -> Values.convert(a, entry.value(), "'" + a.name() + "' in " + where, problems))
                        .ifPresent(v -> values.put(entry.key().value(), v));
            }
        });
        return new CodeSelector(groupIds, values);
    }
}
