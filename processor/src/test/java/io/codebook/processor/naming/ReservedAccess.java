package io.codebook.processor.naming;

import java.util.Set;

/** Test access to the package-private name lists of {@link Reserved}. */
public final class ReservedAccess {

    private ReservedAccess() {}

    public static Set<String> javaLang() {
        return Reserved.JAVA_LANG;
    }
}
