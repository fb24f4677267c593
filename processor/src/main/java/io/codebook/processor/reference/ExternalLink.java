package io.codebook.processor.reference;

import java.util.regex.Pattern;

/**
 * A vendor's page named by a spec. Only an {@code http(s)} address becomes a link; anything else (a
 * {@code javascript:} address in a hostile spec, a file name, {@code github:owner/repo:path}) is shown
 * as text, so a spec can never make a reader's click run something.
 */
final class ExternalLink {

    private static final Pattern WEB = Pattern.compile("https?://[^\\s\"'<>]+");

    private ExternalLink() {}

    static void write(Html html, String address) {
        if (WEB.matcher(address).matches()) {
            html.element("a", address, "href", address, "class", "external");
        } else {
            html.element("span", address, "class", "prose");
        }
    }
}
