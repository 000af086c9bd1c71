package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.model.Organization;

/** The organizations an editor offers while the user types a name: by prefix, ignoring case, by name, limited. */
class OrganizationListTest {

    @TempDir
    Path workspace;
    private TestContacts test;

    @BeforeEach
    void open() {
        test = new TestContacts(workspace);
        for (String name : List.of("Northwind Outdoor", "nordlicht Solar", "Atlas Freight", "50% Off Outlet", "North_Star")) {
            test.contacts.save(new Organization(name));
        }
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void organizationsStartingWithWhatWasTypedComeByNameIgnoringCase() {
        assertEquals(List.of("nordlicht Solar", "North_Star", "Northwind Outdoor"), names("NOR", 10));
        assertEquals(List.of("North_Star", "Northwind Outdoor"), names("north", 10));
    }

    @Test
    void anEmptyPrefixListsEveryOrganizationUpToTheLimit() {
        assertEquals(List.of("50% Off Outlet", "Atlas Freight", "nordlicht Solar"), names("", 3));
    }

    @Test
    void wildcardCharactersInWhatWasTypedAreTakenLiterally() {
        assertEquals(List.of("50% Off Outlet"), names("50%", 10));
        assertEquals(List.of(), names("5_%", 10));
        assertEquals(List.of("North_Star"), names("north_", 10));
    }

    private List<String> names(String prefix, int limit) {
        return test.contacts.organizations(prefix, limit).stream().map(Organization::getName).toList();
    }
}
