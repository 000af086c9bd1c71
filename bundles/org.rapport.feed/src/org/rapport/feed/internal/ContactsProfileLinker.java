package org.rapport.feed.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.feed.sources.AuthorIdentity;

/**
 * Adds linked identities to contacts as social profiles, through the contacts API. Its own component so that the feed
 * bundle loads no contacts class when the contacts domain is not installed (the import is optional): DS then simply
 * never satisfies it.
 */
@Component(service = ProfileLinker.class)
public class ContactsProfileLinker implements ProfileLinker {

    private final ContactService contacts;

    @Activate
    public ContactsProfileLinker(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void addProfile(long personId, AuthorIdentity identity) {
        Optional<Person> found = contacts.person(personId);
        if (found.isEmpty()) {
            return;
        }
        Person person = found.get();
        String handle = identity.handle();
        boolean known = person.getSocialProfiles().stream().anyMatch(p -> p.getNetwork().equals(identity.network())
                && p.normalizedHandle().equals(handle.toLowerCase(Locale.ROOT)));
        if (!known) {
            // Mastodon handles are shown with their leading '@' in contacts, as users write them
            String shown = identity.network().equals("mastodon") ? "@" + handle : handle;
            person.getSocialProfiles().add(new SocialProfile(identity.network(), shown, identity.profileUrl(),
                    Math.max(0, identity.followers()), false));
            contacts.save(person);
        }
    }
}
