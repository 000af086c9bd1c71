package org.rapport.contacts.io.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * Finds the person a row describes: the same email address (ignoring case) or the same social network and handle
 * (ignoring case and a leading '@'). The keys of everyone in the database are loaded once at the start of an import
 * (two queries), and the people the import creates are added as it goes, so matching costs no query per row.
 */
final class ContactMatcher {

    /**
     * A match.
     *
     * @param id     the person's id (negative: a person a preview would create, by line)
     * @param reason why, e.g. "email ada@example.com"
     */
    record Match(long id, String reason) {
    }

    private static final int FETCH_SIZE = 10_000;

    private final LongHashIndex keys = new LongHashIndex();

    /**
     * The keys of everyone in the database. Call it inside a transaction: the fetch size is set on the statements so
     * that PostgreSQL streams the rows through a cursor (only then) instead of sending a million at once.
     */
    static ContactMatcher load(Connection connection) throws SQLException {
        ContactMatcher matcher = new ContactMatcher();
        try (PreparedStatement emails = connection.prepareStatement("SELECT PERSON_ID, ADDRESS FROM CONTACT_EMAIL")) {
            emails.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = emails.executeQuery()) {
                while (rows.next()) {
                    matcher.keys.putIfAbsent(emailKey(rows.getString(2)), rows.getLong(1));
                }
            }
        }
        try (PreparedStatement profiles = connection.prepareStatement(
                "SELECT PERSON_ID, NETWORK, HANDLE FROM CONTACT_SOCIAL_PROFILE")) {
            profiles.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = profiles.executeQuery()) {
                while (rows.next()) {
                    if (!SocialUrls.WEBSITE.equals(rows.getString(2))) {
                        matcher.keys.putIfAbsent(profileKey(rows.getString(2), rows.getString(3)), rows.getLong(1));
                    }
                }
            }
        }
        return matcher;
    }

    /** The person an incoming contact matches, or {@code null}. Emails are tried first, then profiles. */
    Match find(PersonEntity incoming) {
        for (EmailAddressEmbeddable email : incoming.getEmails()) {
            long id = keys.get(emailKey(email.getAddress()));
            if (id != 0) {
                return new Match(id, "email " + email.getAddress().toLowerCase(Locale.ROOT));
            }
        }
        for (SocialProfileEmbeddable profile : incoming.getSocialProfiles()) {
            if (!SocialUrls.WEBSITE.equals(profile.getNetwork())) {
                long id = keys.get(profileKey(profile.getNetwork(), profile.getHandle()));
                if (id != 0) {
                    return new Match(id, profile.getNetwork() + " " + profile.getHandle());
                }
            }
        }
        return null;
    }

    /** Makes a person findable by the emails and profiles of {@code person}. */
    void register(long id, PersonEntity person) {
        for (EmailAddressEmbeddable email : person.getEmails()) {
            keys.putIfAbsent(emailKey(email.getAddress()), id);
        }
        for (SocialProfileEmbeddable profile : person.getSocialProfiles()) {
            if (!SocialUrls.WEBSITE.equals(profile.getNetwork())) {
                keys.putIfAbsent(profileKey(profile.getNetwork(), profile.getHandle()), id);
            }
        }
    }

    int size() {
        return keys.size();
    }

    static long emailKey(String address) {
        return LongHashIndex.hash("e\u0000" + address.trim().toLowerCase(Locale.ROOT));
    }

    static long profileKey(String network, String handle) {
        String h = handle.trim().toLowerCase(Locale.ROOT);
        h = h.startsWith("@") ? h.substring(1) : h;
        return LongHashIndex.hash("s\u0000" + network.trim().toLowerCase(Locale.ROOT) + "\u0000" + h);
    }

    /** Whether two people share a key: guards against the (rare) hash collision. */
    static boolean share(PersonEntity a, PersonEntity b) {
        for (EmailAddressEmbeddable x : a.getEmails()) {
            for (EmailAddressEmbeddable y : b.getEmails()) {
                if (x.getAddress().trim().equalsIgnoreCase(y.getAddress().trim())) {
                    return true;
                }
            }
        }
        for (SocialProfileEmbeddable x : a.getSocialProfiles()) {
            for (SocialProfileEmbeddable y : b.getSocialProfiles()) {
                if (!SocialUrls.WEBSITE.equals(x.getNetwork()) && x.getNetwork().equals(y.getNetwork())
                        && x.normalizedHandle().equals(y.normalizedHandle())) {
                    return true;
                }
            }
        }
        return false;
    }
}
