package io.codebook.processor.reference;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: a link checker over rendered files. Every {@code href} and {@code src} of every page,
 * and every link of the search data, must name a file of the reference and, with a fragment, an
 * {@code id} on that page. Reads the markup as text: the pages are written by one class whose every
 * attribute is double-quoted.
 */
final class PageLinks {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private PageLinks() {}

    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            links.add(unescape(matcher.group(1)));
        }
        return links;
    }

    static Set<String> ids(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = ID.matcher(html);
        while (matcher.find()) {
            if (!ids.add(unescape(matcher.group(1)))) {
                throw new AssertionError("id " + matcher.group(1) + " is given twice");
            }
        }
        return ids;
    }

    /** Every link of every page that does not lead to a file and an element of the reference, as {@code page: link}. */
    static List<String> broken(Map<String, String> files) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> page : files.entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            for (String link : links(page.getValue())) {
                if (link.startsWith("https://") || link.startsWith("http://")) {
                    continue; // a vendor's page: documented, never loaded
                }
                if (!resolves(files, page.getKey(), link)) {
                    broken.add(page.getKey() + ": " + link);
                }
            }
        }
        return broken;
    }

    /** Whether {@code link}, written on the page at {@code from}, names a file and (with a fragment) an id of it. */
    static boolean resolves(Map<String, String> files, String from, String link) {
        URI resolved = URI.create("file:///reference/" + from).resolve(link.replace(" ", "%20"));
        String path = resolved.getPath();
        if (!path.startsWith("/reference/")) {
            return false;
        }
        String target = path.substring("/reference/".length());
        String content = files.get(target);
        if (content == null) {
            return false;
        }
        return resolved.getFragment() == null || ids(content).contains(resolved.getFragment());
    }

    static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
