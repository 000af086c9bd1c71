package org.rapport.contacts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.rapport.contacts.internal.model.PersonEntity;


/** Says in a few words which parts of a person changed, for the "Contact edited" timeline entry. */
final class PersonChanges {

    private record Part(String name, Function<PersonEntity, Object> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("name", p -> p.getFirstName() + " " + p.getLastName()),
            new Part("birth date", PersonEntity::getBirthDate), new Part("sex", PersonEntity::getSex),
            new Part("income band", PersonEntity::getIncomeBand), new Part("language", PersonEntity::getLanguage),
            new Part("owner", PersonEntity::getOwner), new Part("consent", p -> p.isMarketingOptIn() + " " + p.getConsentDate()),
            new Part("notes", PersonEntity::getNotes), new Part("emails", p -> text(p.getEmails())),
            new Part("phones", p -> text(p.getPhones())), new Part("addresses", p -> text(p.getAddresses())),
            new Part("social profiles", p -> text(p.getSocialProfiles())),
            new Part("organizations", p -> text(p.getMemberships())), new Part("tags", p -> text(p.getTags())),
            new Part("custom fields", p -> p.getCustomValues().stream().map(v -> v.getFieldKey() + "=" + v.display()).toList()));

    private PersonChanges() {
    }

    /** Copied first: EclipseLink's lazy list types print themselves differently from their contents. */
    private static String text(List<?> values) {
        return List.copyOf(values).toString();
    }

    /** E.g. "Changed: emails, tags"; empty when nothing changed. */
    static String describe(PersonEntity before, PersonEntity after) {
        List<String> changed = new ArrayList<>();
        for (Part part : PARTS) {
            if (!Objects.equals(part.value().apply(before), part.value().apply(after))) {
                changed.add(part.name());
            }
        }
        return changed.isEmpty() ? "" : "Changed: " + String.join(", ", changed);
    }
}
