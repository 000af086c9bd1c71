package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.ui.testing.UiTestSupport;

/**
 * People a test saves through the OSGi {@link ContactService} of the test runtime (its database is in the test
 * workspace), under a family name of their own so the test can filter the list down to them whatever else is there
 * (the demo data, other tests' people). Deletes them at the end.
 */
final class TestPeople implements AutoCloseable {

    private static final Random RANDOM = new Random();

    final ContactService contacts;
    /** Lower-case letters unique to this test, the start of every family name it saves. */
    final String family;
    private final List<Long> saved = new ArrayList<>();

    TestPeople() {
        contacts = service();
        waitForDemoData();
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        family = letters.toString();
    }

    static ContactService service() {
        BundleContext context = FrameworkUtil.getBundle(TestPeople.class).getBundleContext();
        assertNotNull(context, "the contacts UI bundle is started");
        ServiceReference<ContactService> reference = context.getServiceReference(ContactService.class);
        assertNotNull(reference, "the ContactService is registered (DS)");
        return context.getService(reference);
    }

    /**
     * The demo data of a new workspace is loaded in a job after start-up; tests start once it is in. The first test
     * of a run waits for all of it (people, segments, the search index following them), which on a busy 2-core
     * machine can take longer than a UI reaction, hence its own timeout.
     */
    static void waitForDemoData() {
        UiTestSupport.spinUntil(() -> java.util.Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(job -> job.getName().startsWith("Preparing demo data")), java.time.Duration.ofSeconds(90),
                () -> "the demo data job has finished");
    }

    /** Saves a person "First Family+last" with an email; returns them as saved. */
    Person save(String first, String lastSuffix, String email) {
        Person person = new Person(first, capitalized(family) + lastSuffix);
        if (email != null) {
            person.getEmails().add(new EmailAddress("work", email));
        }
        Person stored = contacts.save(person);
        saved.add(stored.getId());
        return stored;
    }

    /** Remembers a person saved otherwise (e.g. from an editor), to delete at the end. */
    void track(long id) {
        saved.add(id);
    }

    String lastName(String suffix) {
        return capitalized(family) + suffix;
    }

    int everyone() {
        return contacts.count(ContactQuery.ALL);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public void close() {
        contacts.delete(saved);
    }
}
