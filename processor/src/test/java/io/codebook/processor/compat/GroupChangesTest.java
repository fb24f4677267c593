package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.only;
import static io.codebook.processor.compat.SpecVersions.vendorChanged;
import static io.codebook.processor.compat.SpecVersions.vendorWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a catalog's groups, the constants of its generated {@code Group} enum. */
class GroupChangesTest {

    private static final String REQUEST_GROUP = String.join("\n",
            "  - id: request",
            "    title: Request problems",
            "    codes:",
            "      - code: BAD_REQUEST",
            "        severity: High",
            "        kind: error",
            "        reason: FORGED",
            "        actionOverride: fix-integration",
            "        httpStatus: 422",
            "");

    @Test
    void aRemovedGroupBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(REQUEST_GROUP, ""));

        assertKinds(report, ChangeKind.GROUP_REMOVED, ChangeKind.CODE_REMOVED);
        assertEquals("group 'request' (AcmeCode.Group.REQUEST) was removed: AcmeCode.Group.REQUEST is gone",
                only(report, ChangeKind.GROUP_REMOVED).message());
    }

    @Test
    void aGroupWithAnotherConstantBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("    title: Request problems\n",
                "    title: Request problems\n    javaName: REQUESTS\n"));

        assertKinds(report, ChangeKind.GROUP_RENAMED);
        assertEquals("group 'request' is now AcmeCode.Group.REQUESTS: AcmeCode.Group.REQUEST is gone",
                report.changes().get(0).message());
    }

    @Test
    void anAddedGroupIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(REQUEST_GROUP, REQUEST_GROUP + String.join("\n",
                "  - id: session",
                "    title: Session problems",
                "    codes:",
                "      - {code: EXPIRED_SESSION, severity: Low, kind: error, reason: EXPIRED}",
                "")));

        assertKinds(report, ChangeKind.GROUP_ADDED, ChangeKind.CODE_ADDED);
    }

    @Test
    void aGroupWhoseIdChangedUnderItsConstantIsTheSameGroup(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  - id: request\n    title: Request problems\n",
                "  - id: requests\n    title: Request problems\n    javaName: REQUEST\n"));

        assertKinds(report, ChangeKind.TEXT_CHANGED);
        assertEquals("group 'requests' (AcmeCode.Group.REQUEST): its id (was 'request') changed",
                report.changes().get(0).message());
    }
}
