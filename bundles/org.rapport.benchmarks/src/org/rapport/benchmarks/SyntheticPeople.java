package org.rapport.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.persistence.DatabaseInfo;

/**
 * Writes large numbers of believable people straight into the contact tables with batched JDBC, a transaction per
 * few thousand (ids drawn from the contacts unit's own sequences, so JPA inserts afterwards never collide): a million
 * people in a minute or two, for benchmarks. Names, cities, organizations, tags, social profiles and segmentation are
 * drawn with a fixed seed, so two runs give the same people. Not for product code: it skips validation and the
 * timeline, and the contacts services learn of the people only when told of a bulk change (or when they start).
 */
public final class SyntheticPeople {

    /** People per transaction. */
    private static final int CHUNK = 5_000;
    private static final int PERSON_IDS = 500;
    private static final int ORGANIZATION_IDS = 100;

    private static final String[] FIRST = { "Ada", "Grace", "Amara", "Sofia", "Mei", "Lena", "Priya", "Chloé", "Ingrid", "Fatima",
            "Yuki", "Olivia", "Nora", "Elena", "Aisha", "Hanna", "Lucía", "Zoe", "Maren", "Kemi", "Alan", "Tomás", "Kenji",
            "Omar", "Lars", "Mateo", "Ravi", "Jonas", "Felix", "Samuel", "Idris", "Noah", "Luca", "Emil", "Kwame", "Arjun",
            "Hugo", "Mika", "Diego", "Theo", "Anna", "Ben", "Clara", "David", "Eva", "Frank", "Greta", "Henrik", "Iris",
            "Jan", "Karin", "Leon", "Marta", "Nils", "Olga", "Paul", "Rosa", "Stefan", "Tara", "Uwe", "Vera", "Wim", "Xenia",
            "Yusuf", "Zara", "Agnes", "Bruno", "Carmen", "Dmitri", "Elif", "Farid", "Gustav", "Hedda", "Ivan", "Jasmin",
            "Kai", "Leila", "Magnus", "Nadia", "Oskar", "Pia", "Quentin", "Rahel", "Sven", "Tilda", "Ulla", "Viktor",
            "Wanda", "Yara", "Zeno", "Maria", "José", "Wei", "Sara", "Ali", "Lina", "Marco", "Julia", "Pierre", "Sophie" };
    private static final String[] LAST = { "Lovelace", "Hopper", "Okafor", "Rossi", "Chen", "Schmidt", "Sharma", "Dubois",
            "Johansson", "Haddad", "Tanaka", "Martin", "Berg", "Popescu", "Mensah", "Novak", "García", "Fischer", "Larsen",
            "Adeyemi", "Moreau", "Kowalski", "Silva", "Nguyen", "O'Brien", "Weber", "Costa", "Yilmaz", "Ivanova", "Park",
            "Müller", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
            "Bernard", "Petit", "Durand", "Leroy", "Girard", "Bonnet", "Lambert", "Fontaine", "Rousseau", "Vincent",
            "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Esposito",
            "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Moreno", "Álvarez", "Romero",
            "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
            "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen",
            "Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Wang", "Li", "Zhang", "Liu", "Yang",
            "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
            "Kobayashi", "Kato", "Yoshida", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Das", "Bose",
            "Mehta", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan" };
    private static final String[][] CITIES = { { "Berlin", "10115", "DE" }, { "Hamburg", "20095", "DE" },
            { "Munich", "80331", "DE" }, { "Vienna", "1010", "AT" }, { "Zurich", "8001", "CH" }, { "Amsterdam", "1012", "NL" },
            { "Lyon", "69001", "FR" }, { "Copenhagen", "1050", "DK" }, { "Barcelona", "08001", "ES" }, { "Milan", "20121", "IT" },
            { "Cologne", "50667", "DE" }, { "Paris", "75001", "FR" }, { "Madrid", "28001", "ES" }, { "Rome", "00118", "IT" } };
    private static final String[] ORG_WORDS = { "Northwind", "Blue Fjord", "Lumen", "Kestrel", "Harbor", "Greenleaf",
            "Atlas", "Copperline", "Mosaic", "Brightwater", "Pixelforge", "Alpine", "Riverside", "Nordlicht", "Bellwether",
            "Saffron", "Tidewater", "Quill", "Orbit", "Verde", "Starling", "Cobalt", "Wildflower", "Stonebridge" };
    private static final String[] ORG_KINDS = { "Outdoor", "Bikes", "Coffee", "Analytics", "Realty", "Organics",
            "Freight", "Studios", "Health", "Hotels", "Games", "Club", "Solar", "Consulting", "Kitchen", "Logistics",
            "Books", "Telecom", "Mobility", "Insurance", "Robotics", "Events", "Bank", "Software" };
    private static final String[] TAGS = { "customer", "prospect", "vip", "newsletter", "partner", "event-2026",
            "ambassador", "churn-risk", "b2b", "b2c", "trade-fair", "webinar", "referral", "reseller", "press" };
    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind", "eva.novak",
            "farid.haddad", "greta.berg", "hugo.silva" };
    private static final String[] LANGUAGES = { "en", "de", "fr", "es", "it", "nl", "da", "tr" };
    private static final String[] SEXES = { "FEMALE", "MALE", "FEMALE", "MALE", "FEMALE", "MALE", "DIVERSE", "UNSPECIFIED" };
    private static final String[] BANDS = { "A", "B", "C", "C", "D", "D", "E" };
    private static final String[] CHANNELS = { "email", "phone", "visit", "social" };

    private final Random random;

    /** People drawn with this seed. */
    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Adds {@code count} people (and one organization per 50 of them), committing every few thousand. Defines the
     * custom fields {@code preferred_channel} (choice), {@code customer_since} (date) and {@code annual_value}
     * (number) when missing. Tell the contacts services of a bulk change without ids afterwards (in the product, as
     * an import does) so the search index catches up.
     *
     * @param database an embedded Derby database whose contacts tables exist (the contacts unit opened it once)
     * @return the number of people written
     */
    public int insert(DatabaseInfo database, int count, IProgressMonitor monitor) {
        try (Connection connection = EmbeddedDatabase.connect(database)) {
            return insert(connection, count, monitor);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing synthetic people failed: " + e.getMessage(), e);
        }
    }

    /**
     * Adds {@code count} people as {@link #insert(DatabaseInfo, int, IProgressMonitor)} does, through a connection of
     * the caller's, which is left in manual commit mode.
     */
    public int insert(Connection connection, int count, IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + count + " people", count);
        connection.setAutoCommit(false);
        try {
            defineCustomFields(connection);
            connection.commit();
            int organizations = Math.max(1, count / 50);
            long[] organizationIds = new long[organizations];
            String[] organizationNames = new String[organizations];
            writeOrganizations(connection, organizationIds, organizationNames);
            connection.commit();
            int written = 0;
            while (written < count) {
                int chunk = Math.min(CHUNK, count - written);
                writePeople(connection, chunk, organizationIds, organizationNames);
                connection.commit();
                written += chunk;
                progress.split(chunk);
            }
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback(); // the chunk in flight; Derby refuses to close a connection inside a transaction
            throw e;
        }
    }

    /** The custom fields the people have values of, in the columns the contacts unit maps them to. */
    private static void defineCustomFields(Connection c) throws SQLException {
        String[][] fields = { { "preferred_channel", "Preferred channel", "CHOICE", String.join("\n", CHANNELS) },
                { "customer_since", "Customer since", "DATE", "" }, { "annual_value", "Annual value (EUR)", "NUMBER", "" } };
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM CONTACT_CUSTOM_FIELD WHERE FIELD_KEY = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO CONTACT_CUSTOM_FIELD (FIELD_KEY, LABEL,"
                        + " FIELD_TYPE, CHOICES, POSITION, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                        + " VALUES (?, ?, ?, ?, ?, 1, ?, 'synthetic', ?, 'synthetic')")) {
            for (int i = 0; i < fields.length; i++) {
                exists.setString(1, fields[i][0]);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                insert.setString(1, fields[i][0]);
                insert.setString(2, fields[i][1]);
                insert.setString(3, fields[i][2]);
                insert.setString(4, fields[i][3]);
                insert.setInt(5, i + 1);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            }
        }
    }

    private void writeOrganizations(Connection c, long[] ids, String[] names) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO CONTACT_ORGANIZATION (ID, VERSION, CREATED_AT,"
                + " CREATED_BY, UPDATED_AT, UPDATED_BY, NAME, SORT_NAME, INDUSTRY, WEBSITE, CITY, NOTES)"
                + " VALUES (?, 1, ?, 'synthetic', ?, 'synthetic', ?, ?, '', '', ?, '')");
                IdBlock block = new IdBlock(c, "CONTACT_ORGANIZATION_SEQ", ORGANIZATION_IDS)) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = block.next();
                names[i] = pick(ORG_WORDS) + " " + pick(ORG_KINDS) + (i >= ORG_WORDS.length * ORG_KINDS.length ? " " + (i + 1) : "");
                ps.setLong(1, ids[i]);
                ps.setTimestamp(2, now);
                ps.setTimestamp(3, now);
                ps.setString(4, names[i]);
                ps.setString(5, names[i].toLowerCase(Locale.ROOT));
                ps.setString(6, pick(CITIES)[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writePeople(Connection c, int count, long[] organizationIds, String[] organizationNames) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        lockTables(c);
        try (Statements s = new Statements(c); IdBlock ids = new IdBlock(c, "CONTACT_PERSON_SEQ", PERSON_IDS)) {
            for (int n = 0; n < count; n++) {
                long id = ids.next();
                String first = pick(FIRST);
                String last = pick(LAST);
                String handle = slug(first) + "." + slug(last) + (id % 1000);
                int org = random.nextInt(organizationIds.length);
                String email = handle + "@" + slug(organizationNames[org]) + ".example";
                String phone = String.format("+49 15%d %07d", random.nextInt(10), random.nextInt(10_000_000));
                String[] city = pick(CITIES);
                boolean consent = random.nextInt(3) > 0;
                PreparedStatement p = s.person;
                p.setLong(1, id);
                p.setTimestamp(2, now);
                p.setTimestamp(3, now);
                p.setString(4, first);
                p.setString(5, last);
                p.setString(6, (last + " " + first).toLowerCase(Locale.ROOT));
                p.setDate(7, random.nextInt(5) == 0 ? null
                        : Date.valueOf(LocalDate.of(1945 + random.nextInt(62), 1 + random.nextInt(12), 1 + random.nextInt(28))));
                p.setString(8, pick(SEXES));
                p.setString(9, random.nextInt(6) == 0 ? null : pick(BANDS));
                p.setString(10, pick(LANGUAGES));
                p.setString(11, pick(OWNERS));
                p.setBoolean(12, consent);
                p.setDate(13, consent ? Date.valueOf(LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1)) : null);
                p.setString(14, email);
                p.setString(15, phone);
                p.setString(16, city[0]);
                p.setString(17, organizationNames[org]);
                p.addBatch();
                s.element(s.email, id, 0, "work", email);
                if (random.nextInt(3) == 0) {
                    s.element(s.email, id, 1, "home", handle + "@mail.example");
                }
                s.element(s.phone, id, 0, "mobile", phone);
                s.address.setLong(1, id);
                s.address.setString(2, "home");
                s.address.setString(3, "Hauptstraße " + (1 + random.nextInt(200)));
                s.address.setString(4, city[1]);
                s.address.setString(5, city[0]);
                s.address.setString(6, city[2]);
                s.address.addBatch();
                s.membership.setLong(1, id);
                s.membership.setLong(2, organizationIds[org]);
                s.membership.setString(3, organizationNames[org]);
                s.membership.addBatch();
                writeSocial(s, id, handle);
                writeTags(s, id);
                writeCustom(s, id);
            }
            s.executeAll();
        }
    }

    /**
     * Table locks for the chunk's transaction: without them Derby takes a lock per inserted row and walks all the
     * transaction's locks after every statement, which makes big batches slower and slower.
     */
    private static void lockTables(Connection c) throws SQLException {
        try (java.sql.Statement lock = c.createStatement()) {
            for (String table : List.of("CONTACT_PERSON", "CONTACT_EMAIL", "CONTACT_PHONE", "CONTACT_ADDRESS",
                    "CONTACT_MEMBERSHIP", "CONTACT_SOCIAL_PROFILE", "CONTACT_TAG", "CONTACT_CUSTOM_VALUE")) {
                lock.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }

    private void writeSocial(Statements s, long id, String handle) throws SQLException {
        int position = 0;
        if (random.nextInt(2) == 0) {
            s.social(id, position++, "mastodon", "@" + handle + "@mastodon.social", followers(8), random.nextInt(20) == 0);
        }
        if (random.nextInt(3) == 0) {
            s.social(id, position++, "bluesky", handle + ".bsky.social", followers(7), false);
        }
        if (random.nextInt(3) == 0) {
            s.social(id, position, "linkedin", handle, random.nextInt(3000), random.nextInt(10) == 0);
        }
    }

    /** Followers spread over orders of magnitude, like real accounts: e^3 (20) to e^(3+spread). */
    private int followers(int spread) {
        return (int) Math.round(Math.exp(3 + random.nextDouble() * spread));
    }

    private void writeTags(Statements s, long id) throws SQLException {
        int first = random.nextInt(TAGS.length);
        int tags = random.nextInt(4);
        for (int t = 0; t < tags; t++) {
            s.tag.setLong(1, id);
            s.tag.setString(2, TAGS[(first + t * 3) % TAGS.length]);
            s.tag.setInt(3, t);
            s.tag.addBatch();
        }
    }

    private void writeCustom(Statements s, long id) throws SQLException {
        s.custom(id, 0, "preferred_channel", pick(CHANNELS), null, null);
        if (random.nextInt(3) == 0) {
            s.custom(id, 1, "customer_since", null, null, LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1));
            s.custom(id, 2, "annual_value", null, BigDecimal.valueOf(100 + random.nextInt(100_000)), null);
        }
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String[] pick(String[][] values) {
        return values[random.nextInt(values.length)];
    }

    /** The batched insert statements of one chunk. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement person;
        final PreparedStatement email;
        final PreparedStatement phone;
        final PreparedStatement address;
        final PreparedStatement membership;
        final PreparedStatement social;
        final PreparedStatement tag;
        final PreparedStatement custom;

        Statements(Connection c) throws SQLException {
            person = c.prepareStatement("INSERT INTO CONTACT_PERSON (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT,"
                    + " UPDATED_BY, FIRST_NAME, LAST_NAME, SORT_NAME, BIRTH_DATE, SEX, INCOME_BAND, LANGUAGE, OWNER,"
                    + " MARKETING_OPT_IN, CONSENT_DATE, NOTES, PRIMARY_EMAIL, PRIMARY_PHONE, CITY, ORGANIZATION_NAME)"
                    + " VALUES (?, 1, ?, 'synthetic', ?, 'synthetic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)");
            email = c.prepareStatement("INSERT INTO CONTACT_EMAIL (PERSON_ID, POSITION, LABEL, ADDRESS) VALUES (?, ?, ?, ?)");
            phone = c.prepareStatement("INSERT INTO CONTACT_PHONE (PERSON_ID, POSITION, LABEL, NUMBER) VALUES (?, ?, ?, ?)");
            address = c.prepareStatement("INSERT INTO CONTACT_ADDRESS (PERSON_ID, LABEL, STREET, POSTAL_CODE, CITY, COUNTRY,"
                    + " REGION, POSITION) VALUES (?, ?, ?, ?, ?, ?, '', 0)");
            membership = c.prepareStatement("INSERT INTO CONTACT_MEMBERSHIP (PERSON_ID, ORGANIZATION_ID, ORGANIZATION_NAME,"
                    + " ROLE, POSITION) VALUES (?, ?, ?, 'Member', 0)");
            social = c.prepareStatement("INSERT INTO CONTACT_SOCIAL_PROFILE (PERSON_ID, POSITION, NETWORK, HANDLE, URL,"
                    + " FOLLOWERS, VERIFIED) VALUES (?, ?, ?, ?, '', ?, ?)");
            tag = c.prepareStatement("INSERT INTO CONTACT_TAG (PERSON_ID, TAG, POSITION) VALUES (?, ?, ?)");
            custom = c.prepareStatement("INSERT INTO CONTACT_CUSTOM_VALUE (PERSON_ID, POSITION, FIELD_KEY, TEXT_VALUE,"
                    + " NUMBER_VALUE, DATE_VALUE) VALUES (?, ?, ?, ?, ?, ?)");
        }

        void element(PreparedStatement ps, long id, int position, String label, String value) throws SQLException {
            ps.setLong(1, id);
            ps.setInt(2, position);
            ps.setString(3, label);
            ps.setString(4, value);
            ps.addBatch();
        }

        void social(long id, int position, String network, String handle, int followers, boolean verified) throws SQLException {
            social.setLong(1, id);
            social.setInt(2, position);
            social.setString(3, network);
            social.setString(4, handle);
            social.setInt(5, followers);
            social.setBoolean(6, verified);
            social.addBatch();
        }

        void custom(long id, int position, String key, String text, BigDecimal number, LocalDate date) throws SQLException {
            custom.setLong(1, id);
            custom.setInt(2, position);
            custom.setString(3, key);
            custom.setString(4, text);
            custom.setBigDecimal(5, number);
            custom.setDate(6, date == null ? null : Date.valueOf(date));
            custom.addBatch();
        }

        void executeAll() throws SQLException {
            for (PreparedStatement ps : List.of(person, email, phone, address, membership, social, tag, custom)) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(person, email, phone, address, membership, social, tag, custom)) {
                ps.close();
            }
        }
    }
}
