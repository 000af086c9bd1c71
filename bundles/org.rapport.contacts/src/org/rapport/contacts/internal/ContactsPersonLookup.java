package org.rapport.contacts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;

/**
 * The contact database as other domains see it: the search index finds people by what a user typed; an email or a
 * handle is looked up exactly in the database, many at a time with IN lists (a lookup by email never matches a longer
 * address that merely begins the same way). When several people share an address or a handle, the one created first
 * (the lowest id) is the answer.
 */
@Component(service = PersonLookup.class)
public class ContactsPersonLookup implements PersonLookup {

    /** How many values one IN list holds (a power of two, see {@link #padded}): few round trips, cheap to compile. */
    private static final int IN_LIST = 512;

    private final ContactService contacts;
    /**
     * The search index, got on the first {@link #find}: a lookup by email or handle (the social feed's matching,
     * rapport-cli's commands) must not open the index, which holds a lock in the workspace and reads the database.
     */
    private final ComponentServiceObjects<ContactSearch> searchObjects;
    private volatile ContactSearch search;
    private final ContactsUnit unit;

    @Activate
    public ContactsPersonLookup(@Reference ContactService contacts,
            @Reference ComponentServiceObjects<ContactSearch> searchObjects, @Reference ContactsUnit unit) {
        this.contacts = contacts;
        this.searchObjects = searchObjects;
        this.unit = unit;
    }

    @Override
    public List<PersonRef> find(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return search().search(text, limit).rows().stream().map(PersonRow::toRef).toList();
    }

    @Override
    public Optional<PersonRef> person(long id) {
        List<PersonRow> rows = contacts.rows(new long[] { id });
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toRef());
    }

    private ContactSearch search() {
        ContactSearch got = search;
        if (got == null) {
            synchronized (this) {
                if (search == null) {
                    search = searchObjects.getService();
                }
                got = search;
            }
        }
        return got;
    }

    @Override
    public Optional<PersonRef> byEmail(String email) {
        return Optional.ofNullable(byEmails(List.of(email == null ? "" : email)).get(PersonLookup.emailKey(email)));
    }

    @Override
    public Optional<PersonRef> byHandle(String network, String handle) {
        return Optional.ofNullable(byHandles(network, List.of(handle == null ? "" : handle))
                .get(PersonLookup.handleKey(handle)));
    }

    @Override
    public Map<String, PersonRef> byEmails(Collection<String> emails) {
        List<String> keys = keys(emails, PersonLookup::emailKey);
        Map<String, Long> ids = new HashMap<>();
        unit.read(em -> {
            for (int from = 0; from < keys.size(); from += IN_LIST) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
                collect(em.createQuery("SELECT p.id, e.address FROM Person p JOIN p.emails e"
                        + " WHERE LOWER(e.address) IN :keys ORDER BY p.id", Object[].class)
                        .setParameter("keys", padded(chunk)).getResultList(), chunk, PersonLookup::emailKey, ids);
            }
            return null;
        });
        return refs(ids);
    }

    @Override
    public Map<String, PersonRef> byHandles(String network, Collection<String> handles) {
        if (network == null) {
            return Map.of();
        }
        List<String> keys = keys(handles, PersonLookup::handleKey);
        Map<String, Long> ids = new HashMap<>();
        unit.read(em -> {
            for (int from = 0; from < keys.size(); from += IN_LIST / 2) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST / 2));
                collect(handleQuery(em, network, chunk), chunk, PersonLookup::handleKey, ids);
            }
            return null;
        });
        return refs(ids);
    }

    @Override
    public List<OrganizationRef> organizations(String prefix, int limit) {
        return contacts.organizations(prefix == null ? "" : prefix, limit).stream()
                .map(organization -> new OrganizationRef(organization.getId(), organization.getName()))
                .toList();
    }

    /** Person ids and stored handles that may be one of {@code keys}: each key as stored with and without its '@'. */
    private static List<Object[]> handleQuery(EntityManager em, String network, List<String> keys) {
        List<String> spellings = new ArrayList<>(keys.size() * 2);
        for (String key : keys) {
            spellings.add(key);
            spellings.add("@" + key);
        }
        // networks are stored in lower case (SocialProfileEmbeddable), so the (NETWORK, HANDLE) index narrows the scan
        return em.createQuery("SELECT p.id, s.handle FROM Person p JOIN p.socialProfiles s"
                + " WHERE s.network = :network AND LOWER(s.handle) IN :spellings ORDER BY p.id", Object[].class)
                .setParameter("network", network.toLowerCase(Locale.ROOT))
                .setParameter("spellings", padded(spellings)).getResultList();
    }

    /**
     * Keeps the first (lowest) person id of each key whose stored value normalises to exactly that key: the database's
     * LOWER may differ from Java's for a few characters, and a handle stored with two '@' is not the one without.
     */
    private static void collect(List<Object[]> hits, List<String> chunk, Function<String, String> normalise,
            Map<String, Long> ids) {
        Set<String> wanted = Set.copyOf(chunk);
        for (Object[] hit : hits) {
            String key = normalise.apply((String) hit[1]);
            if (wanted.contains(key)) {
                ids.putIfAbsent(key, ((Number) hit[0]).longValue());
            }
        }
    }

    /**
     * The values, the first repeated up to the next power of two: an IN list becomes SQL with one parameter a value, and
     * Derby compiles every new statement text (milliseconds for a long list), so a few list lengths keep it compiled.
     */
    static <T> List<T> padded(List<T> values) {
        int size = Math.max(4, Integer.highestOneBit(Math.max(1, values.size() - 1)) << 1);
        if (values.isEmpty() || size == values.size()) {
            return values;
        }
        List<T> padded = new ArrayList<>(size);
        padded.addAll(values);
        while (padded.size() < size) {
            padded.add(values.get(0));
        }
        return padded;
    }

    /** The distinct non-empty keys of {@code values}. */
    private static List<String> keys(Collection<String> values, Function<String, String> normalise) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : values) {
            String key = normalise.apply(value);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return new ArrayList<>(keys);
    }

    /** The people behind {@code ids}, by the same keys; people deleted meanwhile are left out. */
    private Map<String, PersonRef> refs(Map<String, Long> ids) {
        List<Long> distinct = ids.values().stream().distinct().toList();
        Map<Long, PersonRef> people = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            long[] chunk = padded(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST))).stream()
                    .mapToLong(Long::longValue).toArray();
            contacts.rows(chunk).forEach(row -> people.put(row.id(), row.toRef()));
        }
        Map<String, PersonRef> found = new HashMap<>();
        ids.forEach((key, id) -> {
            PersonRef person = people.get(id);
            if (person != null) {
                found.put(key, person);
            }
        });
        return found;
    }
}
