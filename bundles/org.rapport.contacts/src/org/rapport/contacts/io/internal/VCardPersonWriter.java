package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.contacts.model.Sex;

import ezvcard.VCard;
import ezvcard.VCardDataType;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Gender;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;

/**
 * Writes people as vCard 4.0 (or 3.0): the standard properties, social profiles as {@code SOCIALPROFILE} (RFC 9554,
 * in 4.0) or Apple's {@code X-SOCIALPROFILE} (in 3.0, which Apple Contacts reads), with Rapport's follower count and
 * verification as parameters, and as {@code URL}; the name the person is known by as {@code FN}; and what vCard has
 * no property for as {@code X-RAPPORT-...}, so that an export imports again unchanged.
 */
final class VCardPersonWriter implements PersonWriter {

    private final VCardWriter writer;
    private final VCardVersion version;

    VCardPersonWriter(Writer out) {
        this(out, VCardVersion.V4_0);
    }

    VCardPersonWriter(Writer out, VCardVersion version) {
        this.version = version;
        writer = new VCardWriter(out, version);
        writer.setAddProdId(false);
    }

    @Override
    public void write(PersonEntity p) throws IOException {
        writer.write(card(p, version));
    }

    static VCard card(PersonEntity p, VCardVersion version) {
        VCard card = new VCard(version);
        StructuredName name = new StructuredName();
        name.setGiven(p.getFirstName());
        name.setFamily(p.getLastName());
        card.setStructuredName(name);
        card.setFormattedName(p.displayName().isEmpty() ? p.getPrimaryEmail() : p.displayName());
        for (EmailAddressEmbeddable e : p.getEmails()) {
            Email email = new Email(e.getAddress());
            type(email.getParameters(), e.getLabel());
            card.addEmail(email);
        }
        for (PhoneNumberEmbeddable n : p.getPhones()) {
            Telephone phone = new Telephone(n.getNumber());
            type(phone.getParameters(), n.getLabel().equals("mobile") ? "cell" : n.getLabel());
            card.addTelephoneNumber(phone);
        }
        for (PostalAddressEmbeddable a : p.getAddresses()) {
            Address address = new Address();
            address.setStreetAddress(a.getStreet());
            address.setPostalCode(a.getPostalCode());
            address.setLocality(a.getCity());
            address.setRegion(a.getRegion());
            address.setCountry(a.getCountry());
            type(address.getParameters(), a.getLabel());
            card.addAddress(address);
        }
        if (p.getBirthDate() != null) {
            card.setBirthday(p.getBirthDate());
        }
        if (p.getSex() != Sex.UNSPECIFIED) {
            card.setGender(new Gender(switch (p.getSex()) {
                case FEMALE -> Gender.FEMALE;
                case MALE -> Gender.MALE;
                default -> Gender.OTHER;
            }));
        }
        if (!p.getLanguage().isEmpty()) {
            card.addLanguage(p.getLanguage());
        }
        List<MembershipEmbeddable> memberships = p.getMemberships();
        for (int i = 0; i < memberships.size(); i++) {
            Organization org = new Organization();
            org.getValues().add(memberships.get(i).getOrganizationName());
            org.setGroup("org" + (i + 1));
            card.addOrganization(org);
            if (!memberships.get(i).getRole().isEmpty()) {
                Title title = new Title(memberships.get(i).getRole());
                title.setGroup("org" + (i + 1));
                card.addTitle(title);
            }
        }
        if (!p.getTags().isEmpty()) {
            card.setCategories(p.getTags().toArray(String[]::new));
        }
        if (!p.getNotes().isEmpty()) {
            card.addNote(p.getNotes());
        }
        for (SocialProfileEmbeddable s : p.getSocialProfiles()) {
            if (!SocialUrls.WEBSITE.equals(s.getNetwork())) {
                RawProperty profile;
                if (version == VCardVersion.V4_0) {
                    profile = card.addExtendedProperty(VCardMapper.RFC_SOCIAL_PROFILE,
                            s.getUrl().isEmpty() ? s.getHandle() : s.getUrl());
                    if (s.getUrl().isEmpty()) {
                        profile.setDataType(VCardDataType.TEXT);
                    }
                    profile.setParameter("SERVICE-TYPE", s.getNetwork());
                    profile.setParameter("USERNAME", s.getHandle());
                } else {
                    profile = card.addExtendedProperty(VCardMapper.SOCIAL_PROFILE,
                            s.getUrl().isEmpty() ? s.getHandle() : s.getUrl());
                    profile.getParameters().setType(s.getNetwork());
                    profile.setParameter("X-USER", s.getHandle());
                }
                if (s.getFollowers() > 0) {
                    profile.setParameter(VCardMapper.FOLLOWERS, Integer.toString(s.getFollowers()));
                }
                if (s.isVerified()) {
                    profile.setParameter(VCardMapper.VERIFIED, "yes");
                }
            }
            if (!s.getUrl().isEmpty()) {
                card.addUrl(s.getUrl());
            }
        }
        if (p.getIncomeBand() != null) {
            card.addExtendedProperty(VCardMapper.INCOME_BAND, p.getIncomeBand().name());
        }
        if (!p.getOwner().isEmpty()) {
            card.addExtendedProperty(VCardMapper.OWNER, p.getOwner());
        }
        if (p.getConsentDate() != null || p.isMarketingOptIn()) {
            RawProperty consent = card.addExtendedProperty(VCardMapper.CONSENT,
                    p.getConsentDate() == null ? "" : p.getConsentDate().toString());
            consent.setParameter("X-OPT-IN", p.isMarketingOptIn() ? "yes" : "no");
        }
        for (CustomFieldValueEmbeddable value : p.getCustomValues()) {
            RawProperty custom = card.addExtendedProperty(VCardMapper.CUSTOM, value.display());
            custom.setParameter("X-KEY", value.getFieldKey());
        }
        return card;
    }

    private static void type(ezvcard.parameter.VCardParameters parameters, String label) {
        if (label != null && !label.isBlank()) {
            parameters.addType(label);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
