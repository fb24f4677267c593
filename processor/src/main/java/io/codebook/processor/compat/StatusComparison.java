package io.codebook.processor.compat;

import io.codebook.processor.model.Responses;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the status vocabularies of a catalog's responses: the vendor's documented status values
 * and the verdict each concludes. A value no longer listed reads as UNKNOWN, and a value mapped
 * anew concludes something else, so both change what a response resolves to.
 */
final class StatusComparison {

    private static final String UNDECIDED = "undecided";

    private final Changes changes;

    StatusComparison(Changes changes) {
        this.changes = changes;
    }

    void compare(List<Responses.StatusVocabulary> old, List<Responses.StatusVocabulary> now) {
        for (Responses.StatusVocabulary vocabulary : old) {
            Optional<Responses.StatusVocabulary> same = now.stream()
                    .filter(v -> v.name().equals(vocabulary.name())).findFirst();
            if (same.isEmpty()) {
                changes.report(ChangeKind.STATUS_VALUE_REMOVED, vocabulary.position(), "status vocabulary '"
                        + vocabulary.name() + "' was removed: the values it documented ("
                        + String.join(", ", vocabulary.values().keySet()) + ") read as UNKNOWN");
            } else {
                compare(vocabulary, same.get());
            }
        }
        for (Responses.StatusVocabulary vocabulary : now) {
            if (old.stream().noneMatch(v -> v.name().equals(vocabulary.name()))) {
                changes.report(ChangeKind.STATUS_VALUE_ADDED, vocabulary.position(), "status vocabulary '"
                        + vocabulary.name() + "' was added");
            }
        }
    }

    private void compare(Responses.StatusVocabulary old, Responses.StatusVocabulary now) {
        String owner = "status vocabulary '" + now.name() + "'";
        if (old.textCase() != now.textCase()) {
            changes.report(ChangeKind.RESPONSE_READING_CHANGED, now.position(), owner + " now matches values "
                    + caseOf(now.textCase()) + " instead of " + caseOf(old.textCase()));
        }
        for (Map.Entry<String, Optional<String>> value : old.values().entrySet()) {
            String verdict = value.getValue().orElse(UNDECIDED);
            if (!now.values().containsKey(value.getKey())) {
                changes.report(ChangeKind.STATUS_VALUE_REMOVED, now.position(), "status '" + value.getKey() + "' of "
                        + owner + " is no longer documented: a body sending it reads as UNKNOWN instead of " + verdict);
            } else if (!now.values().get(value.getKey()).equals(value.getValue())) {
                changes.report(ChangeKind.STATUS_VERDICT_CHANGED, now.position(), "status '" + value.getKey() + "' of "
                        + owner + " now concludes " + now.values().get(value.getKey()).orElse(UNDECIDED) + " instead of "
                        + verdict);
            }
        }
        for (Map.Entry<String, Optional<String>> value : now.values().entrySet()) {
            if (!old.values().containsKey(value.getKey())) {
                changes.report(ChangeKind.STATUS_VALUE_ADDED, now.position(), "status '" + value.getKey() + "' of "
                        + owner + " was added: it concludes " + value.getValue().orElse(UNDECIDED)
                        + " where it read as UNKNOWN");
            }
        }
        if (!old.description().equals(now.description())) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), owner + ": its description changed");
        }
    }

    private static String caseOf(Responses.TextCase textCase) {
        return switch (textCase) {
            case EXACT -> "as sent";
            case UPPER -> "upper-cased";
            case LOWER -> "lower-cased";
        };
    }
}
