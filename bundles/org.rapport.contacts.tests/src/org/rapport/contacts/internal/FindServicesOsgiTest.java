package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;

/**
 * The search, segment and duplicate services as the product gets them: from Declarative Services, on the workspace's
 * database, with the index in the workspace's metadata.
 */
class FindServicesOsgiTest {

    @Test
    void theServicesComeFromDeclarativeServicesAndWorkOnTheWorkspace() throws Exception {
        ContactService contacts = service(ContactService.class);
        ContactSearch search = service(ContactSearch.class);
        SegmentService segments = service(SegmentService.class);
        DuplicateService duplicates = service(DuplicateService.class);

        Person saved = contacts.save(new Person("Wilhelmina", "Declarative"));
        long deadline = System.currentTimeMillis() + 30_000;
        List<PersonRow> found = List.of();
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            found = search.search("wilhelmina decl", 10).rows();
            Thread.sleep(50);
        }

        assertEquals(List.of(saved.getId()), found.stream().map(PersonRow::id).toList(), "the index followed the save");
        Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
        assertTrue(Files.isDirectory(workspace.resolve(LuceneContactSearch.INDEX_FOLDER)), "the index is in the workspace");
        assertTrue(segments.count(SegmentCriteria.EVERYONE) >= 1);
        assertNotNull(duplicates.merges(1));
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(FindServicesOsgiTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }
}
