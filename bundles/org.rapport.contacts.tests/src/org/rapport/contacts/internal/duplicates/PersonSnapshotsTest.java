package org.rapport.contacts.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;

/**
 * Merge records keep both people as snapshots; a merge made by an older Rapport must still be undoable after the
 * model's classes moved. {@code data/person-snapshot-v1.bin} was written by the first release's model
 * ({@code org.rapport.contacts.model.PersonEntity extends org.rapport.contacts.model.Audited}).
 */
class PersonSnapshotsTest {

    @Test
    void aSnapshotWrittenByTheFirstReleaseIsReadWithEveryField() throws IOException {
        PersonEntity ada = PersonSnapshots.read(firstReleaseSnapshot());

        assertEquals(42, ada.getId());
        assertEquals("Ada Lovelace", ada.displayName());
        assertEquals("", ada.getKnownAs(), "the first release knew no other name");
        assertEquals(LocalDate.of(1815, 12, 10), ada.getBirthDate());
        assertEquals(Sex.FEMALE, ada.getSex());
        assertEquals(IncomeBand.B, ada.getIncomeBand());
        assertEquals("en|anna.keller|true|2024-03-01|Wrote the first program.", ada.getLanguage() + "|" + ada.getOwner()
                + "|" + ada.isMarketingOptIn() + "|" + ada.getConsentDate() + "|" + ada.getNotes());
        assertEquals("[ada@example.org (work)]", ada.getEmails().toString());
        assertEquals("[+44 20 7946 0018 (mobile)]", ada.getPhones().toString());
        assertEquals("[12 St James's Square, SW1Y 4JH London, GB]", ada.getAddresses().toString());
        assertEquals("[mastodon: @ada@hachyderm.io (1815 followers)]", ada.getSocialProfiles().toString());
        assertEquals("[Programmer, Analytical Engines Ltd]", ada.getMemberships().toString());
        assertEquals(List.of("vip"), ada.getTags());
        assertEquals(new BigDecimal("1234.5"), ada.customValue("annual_value").orElseThrow().getNumber());
        assertEquals(LocalDate.of(2020, 1, 2), ada.customValue("customer_since").orElseThrow().getDate());
        assertEquals("lovelace ada|ada@example.org|London|Analytical Engines Ltd", ada.getSortName() + "|"
                + ada.getPrimaryEmail() + "|" + ada.getCity() + "|" + ada.getOrganizationName());
        assertEquals(3, ada.getVersion(), "the version an unmerge moves on from");
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), ada.getCreatedAt(), "restored as the creation time");
        assertEquals("anna.keller", ada.getCreatedBy());
    }

    @Test
    void aSnapshotWrittenNowReadsBackTheSame() throws IOException {
        PersonEntity ada = PersonSnapshots.read(firstReleaseSnapshot());

        ada.setKnownAs("Ada, Countess of Lovelace");
        PersonEntity again = PersonSnapshots.read(PersonSnapshots.write(ada));

        assertEquals(ada.getEmails().toString() + ada.getCustomValues().size() + ada.getCreatedAt() + ada.getVersion(),
                again.getEmails().toString() + again.getCustomValues().size() + again.getCreatedAt() + again.getVersion());
        assertEquals("Ada, Countess of Lovelace", again.displayName(), "the name she goes by is in the snapshot too");
    }

    @Test
    void bytesThatAreNoSnapshotAreRefusedWithAMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PersonSnapshots.read("not a snapshot".getBytes()));

        assertEquals(true, refused.getMessage().contains("rapport-person-snapshot 1"), refused.getMessage());
    }

    private static byte[] firstReleaseSnapshot() throws IOException {
        URL entry = Platform.getBundle("org.rapport.contacts.tests").getEntry("data/person-snapshot-v1.bin");
        try (InputStream in = entry.openStream()) {
            return in.readAllBytes();
        }
    }
}
