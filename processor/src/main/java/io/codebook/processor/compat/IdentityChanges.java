package io.codebook.processor.compat;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a paired code or enum value's identity changes mean to a consumer: its constant (code that
 * names it), its wire key (payloads that carry it) and its other spellings. Codes and enum values
 * are identified alike, so both are judged here.
 */
final class IdentityChanges {

    /**
     * One side of a pair, as messages name it.
     *
     * @param described {@code code 'X' (AiPriseWarning.X)}
     * @param constant {@code AiPriseWarning.X}, for messages
     * @param name {@code X}: what is compared, so that a renamed type around it is not a renamed constant
     * @param wire the wire key as messages write it: {@code 'X'}, or {@code key ('1', 'retry', 'x')}
     * @param spelling the spelling aliases stand beside (a code's {@code code}, a value's value)
     * @param aliases the other spellings that read as it
     * @param position where its name is decided
     */
    record Side(String described, String constant, String name, String wire, String spelling, List<String> aliases,
            SpecPosition position) {

        Side {
            aliases = List.copyOf(aliases);
        }

        Set<String> spellings() {
            Set<String> all = new HashSet<>(aliases);
            all.add(spelling);
            return all;
        }
    }

    private IdentityChanges() {}

    /**
     * @param readsNowAs what a spelling that no longer reads as the item reads as now, if anything
     */
    static void report(WireMatching.How how, Side before, Side after, Function<String, Optional<String>> readsNowAs,
            Changes changes) {
        boolean renamed = !before.name().equals(after.name());
        String gone = before.constant() + " is gone";
        switch (how) {
            case SAME_KEY -> {
                if (renamed) {
                    changes.report(ChangeKind.CONSTANT_RENAMED, after.position(),
                            before.described() + " is now " + after.constant() + ": " + gone);
                }
            }
            case KEY_NOW_ALIAS -> {
                if (renamed) {
                    changes.report(ChangeKind.CONSTANT_RENAMED, after.position(), before.described() + " now reads as "
                            + after.described() + ", of which " + before.wire() + " is an alias: " + gone);
                } else {
                    changes.report(ChangeKind.WIRE_VALUE_CHANGED, after.position(), before.described() + " is now "
                            + after.wire() + "; " + before.wire() + " still reads as it, as an alias");
                }
            }
            case ALIAS_NOW_KEY, SAME_CONSTANT -> {
                String was = how == WireMatching.How.ALIAS_NOW_KEY ? ", which was one of its aliases" : "";
                changes.report(ChangeKind.WIRE_VALUE_CHANGED, after.position(), before.described() + " is now "
                        + after.wire() + was + ": " + before.wire() + " no longer reads as it");
                if (renamed) {
                    changes.report(ChangeKind.CONSTANT_RENAMED, after.position(),
                            before.described() + " is now " + after.constant() + ": " + gone);
                }
            }
        }
        Set<String> now = after.spellings();
        for (String alias : before.aliases()) {
            if (!now.contains(alias)) {
                String instead = readsNowAs.apply(alias).map(other -> "; it reads as " + other + " now").orElse("");
                changes.report(ChangeKind.ALIAS_REMOVED, after.position(), "alias '" + alias + "' of "
                        + after.described() + " was removed: '" + alias + "' no longer reads as it" + instead);
            }
        }
        Set<String> then = before.spellings();
        for (String alias : after.aliases()) {
            if (!then.contains(alias)) {
                changes.report(ChangeKind.ALIAS_ADDED, after.position(),
                        "'" + alias + "' now also reads as " + after.described() + ", as an alias");
            }
        }
    }
}
