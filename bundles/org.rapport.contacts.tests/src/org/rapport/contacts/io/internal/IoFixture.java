package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.internal.JpaContactService;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.model.Person;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The contacts services with the importer and exporter on the database a test tests (embedded Derby in a temp
 * folder, or PostgreSQL: see {@link TestDatabases#openWorkspace}), built the way DS builds them, plus helpers to read test files and compare people. Close it at the end of the test.
 */
final class IoFixture implements AutoCloseable {

    final StandaloneDatabase database;
    final ContactsUnit access;
    final ContactService contacts;
    final ContactImportService importer;
    final ContactExportService exporter;

    IoFixture(Path workspace) {
        database = TestDatabases.openWorkspace(workspace);
        access = new ContactsUnit(database);
        ContactEvents events = new ContactEvents();
        contacts = new JpaContactService(access, events);
        importer = new ContactImportService(access, events, contacts);
        exporter = new ContactExportService(access, contacts);
    }

    ImportResult importFile(Path file, ImportSettings settings) {
        return importer.importFile(file, settings, new NullProgressMonitor());
    }

    ImportResult importFile(Path file) {
        return importFile(file, ImportSettings.defaults());
    }

    Path export(ContactFormat format, Path target) throws IOException {
        exporter.export(ContactSelection.query(ContactQuery.ALL), format, target, new NullProgressMonitor());
        return target;
    }

    /** Everyone, with every collection, by name. */
    List<Person> everyone() {
        long[] ids = contacts.ids(ContactQuery.ALL);
        List<Person> people = new ArrayList<>();
        for (long id : ids) {
            people.add(contacts.person(id).orElseThrow());
        }
        return people;
    }

    int count() {
        return contacts.count(ContactQuery.ALL);
    }

    Person personWithEmail(String email) {
        return everyone().stream().filter(p -> p.getEmails().stream().anyMatch(e -> e.getAddress().equalsIgnoreCase(email)))
                .findFirst().orElseThrow(() -> new AssertionError("nobody has the email " + email + "; people: "
                        + everyone().stream().map(Person::displayName).toList()));
    }

    List<ContactEventEntity> events(long personId) {
        EntityManager em = access.createEntityManager();
        try {
            return em.createQuery("SELECT e FROM ContactEvent e WHERE e.personId = :id ORDER BY e.id", ContactEventEntity.class)
                    .setParameter("id", personId).getResultList();
        } finally {
            em.close();
        }
    }

    /** A test file from the fragment's data folder, copied into {@code folder} (reports are written beside it). */
    static Path data(String name, Path folder) throws IOException {
        Bundle tests = Platform.getBundle("org.rapport.contacts.tests");
        java.net.URL entry = tests.getEntry("data/" + name);
        if (entry == null) {
            throw new AssertionError("no test file data/" + name);
        }
        Path copy = folder.resolve(name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name);
        Files.createDirectories(folder);
        try (InputStream in = entry.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** Everything a person holds that an export and import must keep, one line per part; ids and audit left out. */
    static String describe(Person p) {
        List<String> lines = new ArrayList<>();
        lines.add("name=" + p.getFirstName() + "|" + p.getLastName() + "|known as " + p.getKnownAs());
        lines.add("birth=" + p.getBirthDate() + " sex=" + p.getSex() + " income=" + p.getIncomeBand() + " language="
                + p.getLanguage() + " owner=" + p.getOwner());
        lines.add("consent=" + p.isMarketingOptIn() + " " + p.getConsentDate());
        lines.add("notes=" + p.getNotes());
        p.getEmails().forEach(e -> lines.add("email=" + e.getLabel() + "|" + e.getAddress()));
        p.getPhones().forEach(e -> lines.add("phone=" + e.getLabel() + "|" + e.getNumber()));
        p.getAddresses().forEach(a -> lines.add("address=" + a.getLabel() + "|" + a.getStreet() + "|" + a.getPostalCode()
                + "|" + a.getCity() + "|" + a.getRegion() + "|" + a.getCountry()));
        p.getSocialProfiles().forEach(s -> lines.add("social=" + s.getNetwork() + "|" + s.getHandle() + "|" + s.getUrl()
                + "|" + s.getFollowers() + "|" + s.isVerified()));
        p.getMemberships().forEach(m -> lines.add("member=" + m.getOrganizationName() + "|" + m.getRole()));
        lines.add("tags=" + p.getTags());
        p.getCustomValues().stream().sorted(Comparator.comparing(v -> v.getFieldKey()))
                .forEach(v -> lines.add("custom=" + v.getFieldKey() + "|" + v.display()));
        lines.add("summary=" + p.getSortName() + "|" + p.getPrimaryEmail() + "|" + p.getPrimaryPhone() + "|" + p.getCity()
                + "|" + p.getOrganizationName());
        return String.join("\n", lines);
    }

    /** Everyone described, sorted, for comparing two databases. */
    String describeEveryone() {
        return everyone().stream().map(IoFixture::describe).sorted().collect(Collectors.joining("\n----\n"));
    }

    @Override
    public void close() {
        database.close();
    }
}
