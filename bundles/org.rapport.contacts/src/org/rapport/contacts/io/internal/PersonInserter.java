package org.rapport.contacts.io.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * Inserts new people and their timeline events with JDBC batches, one statement per table for the whole chunk: the
 * rows EclipseLink would write for {@code em.persist(person)} (the same tables, columns and values, version 1 and the
 * audit fields), but grouped by table so that every batch is full. EclipseLink writes a person's collection rows
 * right after the person's row, which breaks a JDBC batch at every statement change and made imports three times
 * slower. Runs on the connection of the chunk's JPA transaction, so it commits or rolls back with it.
 * <p>
 * The column lists follow the entity mappings of {@code org.rapport.contacts.model}; the tests read people written
 * here back through JPA and compare every field, so a mapping change that this class misses fails a test.
 */
final class PersonInserter {

    /**
     * A new person with the id the sequence gave it.
     *
     * @param id     the id
     * @param person the person (its summary columns refreshed)
     */
    record NewPerson(long id, PersonEntity person) {
    }

    /**
     * A timeline event to insert.
     *
     * @param id       the id the sequence gave it
     * @param personId the person
     * @param title    e.g. "Imported from contacts.csv"
     * @param detail   what happened
     */
    record NewEvent(long id, long personId, String title, String detail) {
    }

    static final String PERSON = "INSERT INTO CONTACT_PERSON (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
            + " FIRST_NAME, LAST_NAME, KNOWN_AS, SORT_NAME, BIRTH_DATE, SEX, INCOME_BAND, LANGUAGE, OWNER, MARKETING_OPT_IN,"
            + " CONSENT_DATE, NOTES, PRIMARY_EMAIL, PRIMARY_PHONE, CITY, ORGANIZATION_NAME)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String EMAIL = "INSERT INTO CONTACT_EMAIL (PERSON_ID, LABEL, ADDRESS, POSITION) VALUES (?, ?, ?, ?)";
    static final String PHONE = "INSERT INTO CONTACT_PHONE (PERSON_ID, LABEL, NUMBER, POSITION) VALUES (?, ?, ?, ?)";
    static final String ADDRESS = "INSERT INTO CONTACT_ADDRESS (PERSON_ID, LABEL, STREET, POSTAL_CODE, CITY, REGION,"
            + " COUNTRY, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String PROFILE = "INSERT INTO CONTACT_SOCIAL_PROFILE (PERSON_ID, NETWORK, HANDLE, URL, FOLLOWERS,"
            + " VERIFIED, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String MEMBERSHIP = "INSERT INTO CONTACT_MEMBERSHIP (PERSON_ID, ORGANIZATION_ID, ORGANIZATION_NAME, ROLE,"
            + " POSITION) VALUES (?, ?, ?, ?, ?)";
    static final String TAG = "INSERT INTO CONTACT_TAG (PERSON_ID, TAG, POSITION) VALUES (?, ?, ?)";
    static final String CUSTOM = "INSERT INTO CONTACT_CUSTOM_VALUE (PERSON_ID, FIELD_KEY, TEXT_VALUE, NUMBER_VALUE,"
            + " DATE_VALUE, POSITION) VALUES (?, ?, ?, ?, ?, ?)";
    static final String EVENT = "INSERT INTO CONTACT_EVENT (ID, PERSON_ID, HAPPENED_AT, KIND, TITLE, DETAIL, BY_USER)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final String user;

    /** @param user who is working: the audit columns' and the events' author */
    PersonInserter(String user) {
        this.user = user;
    }

    /** The tables a chunk writes, locked for the chunk on Derby (see {@link #beginChunk}). */
    static final List<String> TABLES = List.of("CONTACT_PERSON", "CONTACT_EMAIL", "CONTACT_PHONE", "CONTACT_ADDRESS",
            "CONTACT_SOCIAL_PROFILE", "CONTACT_MEMBERSHIP", "CONTACT_TAG", "CONTACT_CUSTOM_VALUE", "CONTACT_EVENT");

    /** How long a chunk waits for a row another user holds on PostgreSQL, as long as Derby's default lock wait. */
    static final String SERVER_LOCK_WAIT = "60s";

    /**
     * Prepares the chunk's transaction on connection {@code c}.
     * <p>
     * On Derby it locks the tables a chunk writes for the rest of the transaction. Without it Derby takes a lock per
     * row and index entry, tens of thousands per chunk, and then spends most of an import managing them (its lock
     * groups are hash maps that are cleared after every row: the cost grows with the chunk). Readers wait at most for
     * one chunk.
     * <p>
     * PostgreSQL needs no such lock (inserts take no row locks others wait for), and a team shares the server: a table
     * lock would stop every colleague's edits for each chunk. There the chunk only bounds its wait for rows someone
     * else holds (PostgreSQL waits forever by default) unless the database already sets a {@code lock_timeout}: a
     * lock it cannot get fails with 55P03 and the import stops with its message instead of hanging.
     */
    static void beginChunk(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            if (isPostgreSql(c)) {
                s.execute("SELECT set_config('lock_timeout', '" + SERVER_LOCK_WAIT + "', true)"
                        + " WHERE current_setting('lock_timeout') IN ('0', '0ms')");
                return;
            }
            for (String table : TABLES) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }

    private static boolean isPostgreSql(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    void insert(Connection c, List<NewPerson> people, Instant now) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement s = c.prepareStatement(PERSON)) {
            for (NewPerson n : people) {
                PersonEntity p = n.person();
                s.setLong(1, n.id());
                s.setTimestamp(2, at);
                s.setString(3, user);
                s.setTimestamp(4, at);
                s.setString(5, user);
                s.setString(6, p.getFirstName());
                s.setString(7, p.getLastName());
                s.setString(8, p.getKnownAs());
                s.setString(9, p.getSortName());
                date(s, 10, p.getBirthDate());
                s.setString(11, p.getSex() == null ? null : p.getSex().name());
                s.setString(12, p.getIncomeBand() == null ? null : p.getIncomeBand().name());
                s.setString(13, p.getLanguage());
                s.setString(14, p.getOwner());
                s.setBoolean(15, p.isMarketingOptIn());
                date(s, 16, p.getConsentDate());
                s.setString(17, p.getNotes());
                s.setString(18, p.getPrimaryEmail());
                s.setString(19, p.getPrimaryPhone());
                s.setString(20, p.getCity());
                s.setString(21, p.getOrganizationName());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(EMAIL)) {
            for (NewPerson n : people) {
                List<EmailAddressEmbeddable> emails = n.person().getEmails();
                for (int i = 0; i < emails.size(); i++) {
                    s.setLong(1, n.id());
                    s.setString(2, emails.get(i).getLabel());
                    s.setString(3, emails.get(i).getAddress());
                    s.setInt(4, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(PHONE)) {
            for (NewPerson n : people) {
                List<PhoneNumberEmbeddable> phones = n.person().getPhones();
                for (int i = 0; i < phones.size(); i++) {
                    s.setLong(1, n.id());
                    s.setString(2, phones.get(i).getLabel());
                    s.setString(3, phones.get(i).getNumber());
                    s.setInt(4, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(ADDRESS)) {
            for (NewPerson n : people) {
                List<PostalAddressEmbeddable> addresses = n.person().getAddresses();
                for (int i = 0; i < addresses.size(); i++) {
                    PostalAddressEmbeddable a = addresses.get(i);
                    s.setLong(1, n.id());
                    s.setString(2, a.getLabel());
                    s.setString(3, a.getStreet());
                    s.setString(4, a.getPostalCode());
                    s.setString(5, a.getCity());
                    s.setString(6, a.getRegion());
                    s.setString(7, a.getCountry());
                    s.setInt(8, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(PROFILE)) {
            for (NewPerson n : people) {
                List<SocialProfileEmbeddable> profiles = n.person().getSocialProfiles();
                for (int i = 0; i < profiles.size(); i++) {
                    SocialProfileEmbeddable profile = profiles.get(i);
                    s.setLong(1, n.id());
                    s.setString(2, profile.getNetwork());
                    s.setString(3, profile.getHandle());
                    s.setString(4, profile.getUrl());
                    s.setInt(5, profile.getFollowers());
                    s.setBoolean(6, profile.isVerified());
                    s.setInt(7, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(MEMBERSHIP)) {
            for (NewPerson n : people) {
                List<MembershipEmbeddable> memberships = n.person().getMemberships();
                for (int i = 0; i < memberships.size(); i++) {
                    MembershipEmbeddable m = memberships.get(i);
                    s.setLong(1, n.id());
                    s.setLong(2, m.getOrganizationId());
                    s.setString(3, m.getOrganizationName());
                    s.setString(4, m.getRole());
                    s.setInt(5, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        if (people.stream().anyMatch(n -> !n.person().getTags().isEmpty())) {
            insertTags(c, people);
        }
        if (people.stream().anyMatch(n -> !n.person().getCustomValues().isEmpty())) {
            insertCustomValues(c, people);
        }
    }

    private static void insertTags(Connection c, List<NewPerson> people) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TAG)) {
            for (NewPerson n : people) {
                List<String> tags = n.person().getTags();
                for (int i = 0; i < tags.size(); i++) {
                    s.setLong(1, n.id());
                    s.setString(2, tags.get(i));
                    s.setInt(3, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void insertCustomValues(Connection c, List<NewPerson> people) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(CUSTOM)) {
            for (NewPerson n : people) {
                List<CustomFieldValueEmbeddable> values = n.person().getCustomValues();
                for (int i = 0; i < values.size(); i++) {
                    CustomFieldValueEmbeddable v = values.get(i);
                    s.setLong(1, n.id());
                    s.setString(2, v.getFieldKey());
                    s.setString(3, v.getText());
                    if (v.getNumber() == null) {
                        s.setNull(4, Types.DECIMAL);
                    } else {
                        s.setBigDecimal(4, v.getNumber());
                    }
                    date(s, 5, v.getDate());
                    s.setInt(6, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    void insertEvents(Connection c, List<NewEvent> events, Instant now) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement s = c.prepareStatement(EVENT)) {
            for (NewEvent e : events) {
                s.setLong(1, e.id());
                s.setLong(2, e.personId());
                s.setTimestamp(3, at);
                s.setString(4, ContactEventEntity.Kind.IMPORTED.label());
                s.setString(5, e.title().length() > 200 ? e.title().substring(0, 197) + "..." : e.title());
                s.setString(6, e.detail().length() > 2000 ? e.detail().substring(0, 1997) + "..." : e.detail());
                s.setString(7, user);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(date));
        }
    }
}
