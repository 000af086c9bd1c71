package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The ceiling of the import benchmark: the same rows written into the same tables (made by the contacts unit in a
 * fresh database) by plain JDBC, as fast as the database takes them: Commons CSV parses the generated file, each chunk
 * of 1,000 people goes in one batch per table (on Derby after locking the tables, as the product's import does),
 * then commits. Nothing is validated or matched, which is what the product's import adds.
 */
final class RawJdbcLoader {

    static final int CHUNK = 1_000;
    private static final String[] TABLES = { "CONTACT_PERSON", "CONTACT_EMAIL", "CONTACT_PHONE", "CONTACT_ADDRESS",
            "CONTACT_SOCIAL_PROFILE", "CONTACT_MEMBERSHIP", "CONTACT_TAG", "CONTACT_EVENT" };

    private final Map<String, Long> organizations = new HashMap<>();
    private long nextId = 1;
    private final String user = System.getProperty("user.name", "");
    private boolean lockTables;

    /**
     * Loads the generated file through {@code c}, a connection to a fresh database whose contacts tables exist;
     * returns the people written.
     */
    int load(Connection c, Path csv) throws IOException, SQLException {
        int people = 0;
        lockTables = !"PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            c.setAutoCommit(false);
            List<CSVRecord> chunk = new ArrayList<>(CHUNK);
            for (CSVRecord row : parser) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    people += write(c, chunk);
                    chunk.clear();
                }
            }
            people += write(c, chunk);
        }
        return people;
    }

    private int write(Connection c, List<CSVRecord> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        if (lockTables) {
            try (Statement lock = c.createStatement()) {
                for (String table : TABLES) {
                    lock.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
                }
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        long first = nextId;
        try (PreparedStatement person = c.prepareStatement("INSERT INTO CONTACT_PERSON (ID, VERSION, CREATED_AT,"
                + " CREATED_BY, UPDATED_AT, UPDATED_BY, FIRST_NAME, LAST_NAME, SORT_NAME, BIRTH_DATE, SEX, INCOME_BAND,"
                + " LANGUAGE, OWNER, MARKETING_OPT_IN, CONSENT_DATE, NOTES, PRIMARY_EMAIL, PRIMARY_PHONE, CITY,"
                + " ORGANIZATION_NAME) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CSVRecord r : rows) {
                person.setLong(1, nextId++);
                person.setTimestamp(2, now);
                person.setString(3, user);
                person.setTimestamp(4, now);
                person.setString(5, user);
                person.setString(6, r.get("First Name"));
                person.setString(7, r.get("Last Name"));
                person.setString(8, (r.get("Last Name") + " " + r.get("First Name")).trim().toLowerCase(Locale.ROOT));
                date(person, 9, r.get("Birth Date"));
                person.setString(10, r.get("Sex").toUpperCase(Locale.ROOT));
                person.setString(11, r.get("Income Band").isEmpty() ? null : r.get("Income Band"));
                person.setString(12, r.get("Language"));
                person.setString(13, r.get("Owner"));
                person.setBoolean(14, r.get("Marketing Opt-In").equals("yes"));
                date(person, 15, r.get("Consent Date"));
                person.setString(16, r.get("Notes"));
                person.setString(17, r.get("Email 1").toLowerCase(Locale.ROOT));
                person.setString(18, r.get("Phone 1"));
                person.setString(19, r.get("Address 1 City"));
                person.setString(20, r.get("Organization 1"));
                person.addBatch();
            }
            person.executeBatch();
        }
        pairs(c, "INSERT INTO CONTACT_EMAIL (PERSON_ID, LABEL, ADDRESS, POSITION) VALUES (?, ?, ?, ?)", rows, first, "Email");
        pairs(c, "INSERT INTO CONTACT_PHONE (PERSON_ID, LABEL, NUMBER, POSITION) VALUES (?, ?, ?, ?)", rows, first, "Phone");
        try (PreparedStatement address = c.prepareStatement("INSERT INTO CONTACT_ADDRESS (PERSON_ID, LABEL, STREET,"
                + " POSTAL_CODE, CITY, REGION, COUNTRY, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            long id = first;
            for (CSVRecord r : rows) {
                address.setLong(1, id++);
                address.setString(2, r.get("Address 1 Label"));
                address.setString(3, r.get("Address 1 Street"));
                address.setString(4, r.get("Address 1 Postal Code"));
                address.setString(5, r.get("Address 1 City"));
                address.setString(6, r.get("Address 1 Region"));
                address.setString(7, r.get("Address 1 Country"));
                address.addBatch();
            }
            address.executeBatch();
        }
        profiles(c, rows, first);
        memberships(c, rows, first, now);
        tags(c, rows, first);
        events(c, rows, first, now);
        c.commit();
        return rows.size();
    }

    private static void pairs(Connection c, String sql, List<CSVRecord> rows, long first, String part) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            long id = first;
            for (CSVRecord r : rows) {
                int position = 0;
                for (int n = 1; n <= 2; n++) {
                    if (!r.get(part + " " + n).isEmpty()) {
                        s.setLong(1, id);
                        s.setString(2, r.get(part + " " + n + " Label"));
                        s.setString(3, r.get(part + " " + n));
                        s.setInt(4, position++);
                        s.addBatch();
                    }
                }
                id++;
            }
            s.executeBatch();
        }
    }

    private static void profiles(Connection c, List<CSVRecord> rows, long first) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO CONTACT_SOCIAL_PROFILE (PERSON_ID, NETWORK, HANDLE,"
                + " URL, FOLLOWERS, VERIFIED, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long id = first;
            for (CSVRecord r : rows) {
                int position = 0;
                for (int n = 1; n <= 2; n++) {
                    if (!r.get("Social " + n + " Network").isEmpty()) {
                        s.setLong(1, id);
                        s.setString(2, r.get("Social " + n + " Network"));
                        s.setString(3, r.get("Social " + n + " Handle"));
                        s.setString(4, r.get("Social " + n + " URL"));
                        s.setInt(5, Integer.parseInt(r.get("Social " + n + " Followers")));
                        s.setBoolean(6, r.get("Social " + n + " Verified").equals("yes"));
                        s.setInt(7, position++);
                        s.addBatch();
                    }
                }
                id++;
            }
            s.executeBatch();
        }
    }

    private void memberships(Connection c, List<CSVRecord> rows, long first, Timestamp now) throws SQLException {
        try (PreparedStatement org = c.prepareStatement("INSERT INTO CONTACT_ORGANIZATION (ID, VERSION, CREATED_AT,"
                + " CREATED_BY, UPDATED_AT, UPDATED_BY, NAME, SORT_NAME, INDUSTRY, WEBSITE, CITY, NOTES)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, '', '', '', '')");
                PreparedStatement member = c.prepareStatement("INSERT INTO CONTACT_MEMBERSHIP (PERSON_ID, ORGANIZATION_ID,"
                        + " ORGANIZATION_NAME, ROLE, POSITION) VALUES (?, ?, ?, ?, 0)")) {
            long id = first;
            for (CSVRecord r : rows) {
                String name = r.get("Organization 1");
                Long orgId = organizations.get(name);
                if (orgId == null) {
                    orgId = (long) organizations.size() + 1;
                    organizations.put(name, orgId);
                    org.setLong(1, orgId);
                    org.setTimestamp(2, now);
                    org.setString(3, user);
                    org.setTimestamp(4, now);
                    org.setString(5, user);
                    org.setString(6, name);
                    org.setString(7, name.toLowerCase(Locale.ROOT));
                    org.executeUpdate();
                }
                member.setLong(1, id++);
                member.setLong(2, orgId);
                member.setString(3, name);
                member.setString(4, r.get("Organization 1 Role"));
                member.addBatch();
            }
            member.executeBatch();
        }
    }

    private static void tags(Connection c, List<CSVRecord> rows, long first) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO CONTACT_TAG (PERSON_ID, TAG, POSITION) VALUES (?, ?, ?)")) {
            long id = first;
            for (CSVRecord r : rows) {
                int position = 0;
                for (String tag : r.get("Tags").split(";")) {
                    if (!tag.isEmpty()) {
                        s.setLong(1, id);
                        s.setString(2, tag);
                        s.setInt(3, position++);
                        s.addBatch();
                    }
                }
                id++;
            }
            s.executeBatch();
        }
    }

    private void events(Connection c, List<CSVRecord> rows, long first, Timestamp now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO CONTACT_EVENT (ID, PERSON_ID, HAPPENED_AT, KIND, TITLE,"
                + " DETAIL, BY_USER) VALUES (?, ?, ?, 'imported', 'Imported from people.csv', ?, ?)")) {
            long id = first;
            for (CSVRecord r : rows) {
                s.setLong(1, id);
                s.setLong(2, id);
                s.setTimestamp(3, now);
                s.setString(4, "New contact from line " + (r.getRecordNumber() + 1));
                s.setString(5, user);
                s.addBatch();
                id++;
            }
            s.executeBatch();
        }
    }

    private static void date(PreparedStatement s, int index, String text) throws SQLException {
        if (text.isEmpty()) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(LocalDate.parse(text)));
        }
    }
}
