package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * Rapport's own CSV layout: one row per person, the repeated parts in numbered column groups ("Email 2", "Address 1
 * City", "Social 3 Handle"), custom fields as "Custom: key". The default mapping reads these names back, so an export
 * imports again unchanged.
 *
 * @param emails      email column groups
 * @param phones      phone column groups
 * @param addresses   address column groups
 * @param memberships organization column groups
 * @param profiles    social profile column groups
 * @param customKeys  the custom fields, by key
 */
record RapportCsvColumns(int emails, int phones, int addresses, int memberships, int profiles, List<String> customKeys) {

    static final String TAG_SEPARATOR = ";";

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("First Name", "Last Name", "Display Name", "Birth Date", "Sex", "Income Band",
                "Language", "Owner", "Tags", "Marketing Opt-In", "Consent Date", "Notes"));
        for (int i = 1; i <= emails; i++) {
            header.addAll(List.of("Email " + i + " Label", "Email " + i));
        }
        for (int i = 1; i <= phones; i++) {
            header.addAll(List.of("Phone " + i + " Label", "Phone " + i));
        }
        for (int i = 1; i <= addresses; i++) {
            for (String part : List.of("Label", "Street", "Postal Code", "City", "Region", "Country")) {
                header.add("Address " + i + " " + part);
            }
        }
        for (int i = 1; i <= memberships; i++) {
            header.addAll(List.of("Organization " + i, "Organization " + i + " Role"));
        }
        for (int i = 1; i <= profiles; i++) {
            for (String part : List.of("Network", "Handle", "URL", "Followers", "Verified")) {
                header.add("Social " + i + " " + part);
            }
        }
        for (String key : customKeys) {
            header.add("Custom: " + key);
        }
        return header;
    }

    List<String> row(PersonEntity p) {
        List<String> row = new ArrayList<>(List.of(p.getFirstName(), p.getLastName(), p.getKnownAs(), text(p.getBirthDate()),
                p.getSex().label(), p.getIncomeBand() == null ? "" : p.getIncomeBand().name(), p.getLanguage(),
                p.getOwner(), String.join(TAG_SEPARATOR, p.getTags()), p.isMarketingOptIn() ? "yes" : "no",
                text(p.getConsentDate()), p.getNotes()));
        for (int i = 0; i < emails; i++) {
            EmailAddressEmbeddable e = i < p.getEmails().size() ? p.getEmails().get(i) : null;
            row.addAll(e == null ? List.of("", "") : List.of(e.getLabel(), e.getAddress()));
        }
        for (int i = 0; i < phones; i++) {
            PhoneNumberEmbeddable n = i < p.getPhones().size() ? p.getPhones().get(i) : null;
            row.addAll(n == null ? List.of("", "") : List.of(n.getLabel(), n.getNumber()));
        }
        for (int i = 0; i < addresses; i++) {
            PostalAddressEmbeddable a = i < p.getAddresses().size() ? p.getAddresses().get(i) : null;
            row.addAll(a == null ? List.of("", "", "", "", "", "")
                    : List.of(a.getLabel(), a.getStreet(), a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry()));
        }
        for (int i = 0; i < memberships; i++) {
            MembershipEmbeddable m = i < p.getMemberships().size() ? p.getMemberships().get(i) : null;
            row.addAll(m == null ? List.of("", "") : List.of(m.getOrganizationName(), m.getRole()));
        }
        for (int i = 0; i < profiles; i++) {
            SocialProfileEmbeddable s = i < p.getSocialProfiles().size() ? p.getSocialProfiles().get(i) : null;
            row.addAll(s == null ? List.of("", "", "", "", "")
                    : List.of(s.getNetwork(), s.getHandle(), s.getUrl(), Integer.toString(s.getFollowers()),
                            s.isVerified() ? "yes" : "no"));
        }
        for (String key : customKeys) {
            row.add(p.customValue(key).map(CustomFieldValueEmbeddable::display).orElse(""));
        }
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
