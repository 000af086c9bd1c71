package org.rapport.loyalty.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;

/** A person lookup over a few people by email, standing in for the contacts domain. */
public final class FakePeople implements PersonLookup {

    private final Map<String, PersonRef> byEmail = new HashMap<>();

    /** Adds a person; returns the id. */
    public long add(long id, String name, String email) {
        byEmail.put(PersonLookup.emailKey(email), new PersonRef(id, name));
        return id;
    }

    @Override
    public List<PersonRef> find(String text, int limit) {
        return List.of();
    }

    @Override
    public Optional<PersonRef> person(long id) {
        return byEmail.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<PersonRef> byEmail(String email) {
        return Optional.ofNullable(byEmail.get(PersonLookup.emailKey(email)));
    }

    @Override
    public Optional<PersonRef> byHandle(String network, String handle) {
        return Optional.empty();
    }

    @Override
    public List<OrganizationRef> organizations(String prefix, int limit) {
        return List.of();
    }
}
