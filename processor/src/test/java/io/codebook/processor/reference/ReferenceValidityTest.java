package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the reference is valid HTML, and its stylesheet valid CSS, by the Nu HTML Checker
 * (the validator of validator.w3.org/nu), errors and warnings alike: the reference of every shipped
 * catalog, and of a spec whose texts try to become markup.
 */
class ReferenceValidityTest {

    /** What the checker said, as {@code file:line:column: message}. */
    private static final List<String> said = new ArrayList<>();
    private static SimpleDocumentValidator checker;

    @BeforeAll
    static void setUpTheChecker() throws Exception {
        // log4j for the checker's own logging, nothing logged per command line, no guessing of languages
        checker = new SimpleDocumentValidator(true, false, false);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                said.add(where(e) + "warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                said.add(where(e) + "error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                said.add(where(e) + "fatal: " + e.getMessage());
            }
        };
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        checker.setUpValidatorAndParsers(collect, false, false);
    }

    private static String where(SAXParseException e) {
        return e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
    }

    @Test
    void everyPageOfTheShippedCatalogsReferenceIsValid(@TempDir Path directory) throws Exception {
        assertValid(write(ShippedSpecs.shipped(), directory));
    }

    @Test
    void everyPageOfAHostileSpecsReferenceIsValid(@TempDir Path directory) throws Exception {
        assertValid(write(HostileSpecTest.hostile(directory.resolve("project")), directory.resolve("reference")));
    }

    /** The check can fail: a page with a mistake a hand-written template could make is reported. */
    @Test
    void theCheckerReportsAnInvalidPage(@TempDir Path directory) throws Exception {
        Path page = java.nio.file.Files.writeString(directory.resolve("invalid.html"), "<!DOCTYPE html><html lang=\"en\">"
                + "<head><meta charset=\"utf-8\"><title>x</title></head><body><ul><div>x</div></ul>"
                + "<p id=\"a\"></p><p id=\"a\"></p></body></html>");
        synchronized (ReferenceValidityTest.class) {
            said.clear();
            checker.checkHtmlFile(page.toFile(), true);
            assertTrue(said.stream().anyMatch(m -> m.contains("Element \u201cdiv\u201d not allowed as child of element"
                    + " \u201cul\u201d")), said.toString());
            assertTrue(said.stream().anyMatch(m -> m.contains("Duplicate ID")), said.toString());
        }
    }

    private static Map<String, Path> write(ReferenceCatalogs catalogs, Path directory) throws IOException {
        List<ReferenceFile> files = new ReferenceRenderer().render(catalogs);
        new ReferenceWriter().write(files, directory);
        Map<String, Path> written = new java.util.LinkedHashMap<>();
        files.forEach(file -> written.put(file.path(), directory.resolve(file.path())));
        return written;
    }

    private static synchronized void assertValid(Map<String, Path> files) throws Exception {
        said.clear();
        int pages = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            File onDisk = file.getValue().toFile();
            if (file.getKey().endsWith(".html")) {
                checker.checkHtmlFile(onDisk, true);
                pages++;
            } else if (file.getKey().endsWith(".css")) {
                checker.checkCssFile(onDisk, true);
            }
        }
        assertTrue(pages > 1, "pages checked: " + pages);
        assertEquals(List.of(), said, "the checker found nothing to say about " + pages + " pages");
    }
}
