package org.rapport.community.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.Identity;
import org.rapport.community.Member;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The community's parts on a database in a temp directory, with the events they post recorded and a small contact
 * book standing in for the contacts domain's person lookup.
 */
final class TestCommunity implements AutoCloseable {

    final StandaloneDatabase database;
    final CommunityParts parts;
    final List<Event> posted = new CopyOnWriteArrayList<>();
    final Contacts contacts = new Contacts();

    TestCommunity(Path workspace) {
        database = TestDatabases.create(workspace);
        parts = new CommunityParts(database);
        parts.events.addListener(posted::add);
        parts.members.setPersonLookup(contacts);
    }

    /** A new member with identities given as {@code network:handle}. */
    Member member(String name, String... identities) {
        List<Identity> list = new ArrayList<>();
        for (String identity : identities) {
            int colon = identity.indexOf(':');
            list.add(Identity.of(identity.substring(0, colon), identity.substring(colon + 1), name, true, "manual"));
        }
        return parts.members.save(Member.named(name).withIdentities(list));
    }

    /** Records an activity of a type at a time. */
    Activity activity(long memberId, String type, String when) {
        ActivityType t = parts.activities.type(type).orElseThrow();
        return parts.activities.add(Activity.manual(memberId, t, Instant.parse(when), t.name()));
    }

    List<Event> posted(String topic) {
        return posted.stream().filter(e -> e.getTopic().equals(topic)).toList();
    }

    @Override
    public void close() {
        database.close();
    }

    /** People by email and by network handle. */
    static final class Contacts implements PersonLookup {
        final Map<Long, PersonRef> people = new HashMap<>();
        final Map<String, Long> keys = new HashMap<>();

        void add(long id, String name, String... keysOfPerson) {
            people.put(id, new PersonRef(id, name));
            for (String key : keysOfPerson) {
                keys.put(key.toLowerCase(Locale.ROOT), id);
            }
        }

        @Override
        public List<PersonRef> find(String text, int limit) {
            String prefix = text.strip().toLowerCase(Locale.ROOT);
            return prefix.isEmpty() ? List.of() : people.values().stream()
                    .filter(p -> p.displayName().toLowerCase(Locale.ROOT).startsWith(prefix))
                    .sorted(java.util.Comparator.comparingLong(PersonRef::id)).limit(limit).toList();
        }

        @Override
        public Optional<PersonRef> person(long id) {
            return Optional.ofNullable(people.get(id));
        }

        @Override
        public Optional<PersonRef> byEmail(String email) {
            return Optional.ofNullable(keys.get("email:" + PersonLookup.emailKey(email))).map(people::get);
        }

        @Override
        public Optional<PersonRef> byHandle(String network, String handle) {
            return Optional.ofNullable(keys.get(network.toLowerCase(Locale.ROOT) + ":" + PersonLookup.handleKey(handle)))
                    .map(people::get);
        }

        @Override
        public List<OrganizationRef> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
