package io.codebook.processor;

import io.codebook.processor.SpecJudge.Case;
import io.codebook.processor.SpecJudge.Failed;
import io.codebook.processor.SpecJudge.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a failing spec smaller while it fails the same way (same {@link Failed#signature()}), so
 * a failure is reported with what causes it and little else. It removes YAML blocks (a line and
 * the lines indented under it) one at a time, then shortens quoted texts, and repeats until
 * nothing more can go or the time is up. Every attempt is one compilation.
 */
final class SpecShrinker {

    private static final Pattern QUOTED_VALUE = Pattern.compile("^(\\s*(?:- )?(?:\"[^\"]*\"|[^\"]*?): )\"(.*)\"$");

    private final SpecJudge judge;
    private final long deadline;

    SpecShrinker(SpecJudge judge, long millis) {
        this.judge = judge;
        this.deadline = System.currentTimeMillis() + millis;
    }

    /** The smallest spec found that fails like {@code failed}; {@code spec} itself when none is smaller. */
    Case shrink(Case spec, Failed failed) {
        List<String> lines = new ArrayList<>(spec.yaml().lines().toList());
        boolean progress = true;
        while (progress && !timeUp()) {
            progress = false;
            for (int i = 0; i < lines.size() && !timeUp(); ) {
                List<String> without = new ArrayList<>(lines.subList(0, i));
                without.addAll(lines.subList(blockEnd(lines, i), lines.size()));
                if (failsAlike(spec, without, failed)) {
                    lines = without;
                    progress = true;
                } else {
                    i++;
                }
            }
            for (int i = 0; i < lines.size() && !timeUp(); i++) {
                Matcher value = QUOTED_VALUE.matcher(lines.get(i));
                if (value.matches() && value.group(2).length() > 1) {
                    List<String> shorter = new ArrayList<>(lines);
                    shorter.set(i, value.group(1) + "\"T\"");
                    if (failsAlike(spec, shorter, failed)) {
                        lines = shorter;
                        progress = true;
                    }
                }
            }
        }
        return new Case(spec.label() + ", shrunk", spec.id(), String.join("\n", lines) + "\n");
    }

    private boolean timeUp() {
        return System.currentTimeMillis() > deadline;
    }

    private boolean failsAlike(Case spec, List<String> lines, Failed failed) {
        Verdict verdict = judge.judge(List.of(new Case(spec.label(), spec.id(), String.join("\n", lines) + "\n")))
                .get(0);
        return verdict instanceof Failed other && other.signature().equals(failed.signature());
    }

    /** The end (exclusive) of the block starting at line {@code start}: the lines indented deeper than it. */
    private static int blockEnd(List<String> lines, int start) {
        int indent = indent(lines.get(start));
        int end = start + 1;
        while (end < lines.size() && indent(lines.get(end)) > indent) {
            end++;
        }
        return end;
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return line.startsWith("- ", spaces) ? spaces + 1 : spaces;
    }
}
