package org.rapport.contacts.internal.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.rapport.contacts.duplicates.MergeChoice;
import org.rapport.contacts.duplicates.MergeField;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;

/**
 * Builds the person a merge leaves: the survivor (its id, version and audit fields) with, per field, the chosen
 * side's value; lists united without repeats (same address ignoring case, same phone number (last nine digits), same network and
 * handle, same organization, same tag, one value per custom field), the preferred side's entries first.
 */
public final class PersonMerger {

    private PersonMerger() {
    }

    /**
     * The merged person; the arguments are not changed.
     *
     * @param survivor a detached copy of the survivor
     * @param merged   a detached copy of the person merged into it
     */
    public static PersonEntity merge(PersonEntity survivor, PersonEntity merged, MergeRequest request) {
        PersonEntity result = survivor.copy();
        if (request.choice(MergeField.NAME) == MergeChoice.MERGED) {
            result.setFirstName(merged.getFirstName());
            result.setLastName(merged.getLastName());
            result.setKnownAs(merged.getKnownAs());
        }
        if (takeMerged(request, MergeField.BIRTH_DATE)) {
            result.setBirthDate(merged.getBirthDate());
        }
        if (takeMerged(request, MergeField.SEX)) {
            result.setSex(merged.getSex());
        }
        if (takeMerged(request, MergeField.INCOME_BAND)) {
            result.setIncomeBand(merged.getIncomeBand());
        }
        if (takeMerged(request, MergeField.LANGUAGE)) {
            result.setLanguage(merged.getLanguage());
        }
        if (takeMerged(request, MergeField.OWNER)) {
            result.setOwner(merged.getOwner());
        }
        if (takeMerged(request, MergeField.CONSENT)) {
            result.setMarketingConsent(merged.isMarketingOptIn(), merged.getConsentDate());
        }
        result.setNotes(switch (request.choice(MergeField.NOTES)) {
            case SURVIVOR -> survivor.getNotes();
            case MERGED -> merged.getNotes();
            case BOTH -> joinNotes(survivor.getNotes(), merged.getNotes());
        });
        unite(result.getEmails(), survivor.getEmails(), merged.getEmails(), request.choice(MergeField.EMAILS),
                e -> e.getAddress().toLowerCase(Locale.ROOT));
        unite(result.getPhones(), survivor.getPhones(), merged.getPhones(), request.choice(MergeField.PHONES),
                p -> {
                    String key = DuplicateScanner.phoneKey(p.getNumber());
                    return key == null ? p.normalized() : key;
                });
        unite(result.getAddresses(), survivor.getAddresses(), merged.getAddresses(), request.choice(MergeField.ADDRESSES),
                a -> a.toString().toLowerCase(Locale.ROOT));
        unite(result.getSocialProfiles(), survivor.getSocialProfiles(), merged.getSocialProfiles(),
                request.choice(MergeField.SOCIAL_PROFILES), s -> s.getNetwork() + " " + s.normalizedHandle());
        unite(result.getMemberships(), survivor.getMemberships(), merged.getMemberships(),
                request.choice(MergeField.ORGANIZATIONS), m -> m.getOrganizationId() + " " + m.getOrganizationName());
        unite(result.getTags(), survivor.getTags(), merged.getTags(), request.choice(MergeField.TAGS),
                t -> t.toLowerCase(Locale.ROOT));
        unite(result.getCustomValues(), survivor.getCustomValues(), merged.getCustomValues(),
                request.choice(MergeField.CUSTOM_VALUES), CustomFieldValueEmbeddable::getFieldKey);
        result.refreshSummary();
        return result;
    }

    /** "NAME=merged, EMAILS=both, ..." for the merge record and the timeline. */
    public static String describe(MergeRequest request) {
        List<String> parts = new ArrayList<>();
        for (MergeField field : MergeField.values()) {
            parts.add(field.name().toLowerCase(Locale.ROOT) + "=" + request.choice(field).name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", parts);
    }

    private static boolean takeMerged(MergeRequest request, MergeField field) {
        return request.choice(field) == MergeChoice.MERGED;
    }

    private static String joinNotes(String a, String b) {
        if (b.isBlank() || a.contains(b)) {
            return a;
        }
        return a.isBlank() ? b : a + "\n\n" + b;
    }

    private static <T> void unite(List<T> target, List<T> survivor, List<T> merged, MergeChoice choice,
            Function<T, String> key) {
        List<T> first = choice == MergeChoice.MERGED ? merged : survivor;
        List<T> second = choice == MergeChoice.BOTH ? merged : List.of();
        Map<String, T> united = new LinkedHashMap<>();
        for (T item : first) {
            united.putIfAbsent(key.apply(item), item);
        }
        for (T item : second) {
            united.putIfAbsent(key.apply(item), item);
        }
        target.clear();
        target.addAll(united.values());
    }
}
