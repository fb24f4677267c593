package io.codebook.example;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.CatalogInfo;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One line per generated catalog, with its codes counted per section of the vendor's document. */
final class CatalogSummary {

    private CatalogSummary() {}

    static void print(PrintStream out) {
        print(out, IdAnalyzerWarning.CATALOG, Arrays.asList(IdAnalyzerWarning.values()));
        print(out, AiPriseWarning.CATALOG, Arrays.asList(AiPriseWarning.values()));
        print(out, BiometricVisionFailure.CATALOG, Arrays.asList(BiometricVisionFailure.values()));
        print(out, ArgosCode.CATALOG, Arrays.asList(ArgosCode.values()));
        print(out, YotiReasonCode.CATALOG, Arrays.asList(YotiReasonCode.values()));
        print(out, YotiFailureType.CATALOG, Arrays.asList(YotiFailureType.values()));
        print(out, YotiFailureDetail.CATALOG, Arrays.asList(YotiFailureDetail.values()));
    }

    private static void print(PrintStream out, CatalogInfo catalog, List<? extends CatalogCode> codes) {
        Map<String, Long> perSection = codes.stream().collect(Collectors.groupingBy(
                c -> c.group().title(), LinkedHashMap::new, Collectors.counting()));
        out.println(catalog.vendor() + " - " + catalog.title() + ": " + codes.size() + " codes in "
                + perSection.size() + " sections");
    }
}
