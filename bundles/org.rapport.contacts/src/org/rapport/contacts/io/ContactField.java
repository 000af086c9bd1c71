package org.rapport.contacts.io;

/**
 * What a CSV column holds: the choices of the column-mapping page. Fields that come in numbered groups (emails,
 * phones, addresses, organizations, social profiles) are paired by the {@link ColumnTarget#group() group} number, so
 * "Address 2 - City" and "Address 2 - Street" end up in the same address.
 */
public enum ContactField {

    /** The column is not imported. */
    IGNORE("(not imported)", Qualifier.NONE),
    FIRST_NAME("First name", Qualifier.NONE),
    MIDDLE_NAME("Middle name (added to the first name)", Qualifier.NONE),
    LAST_NAME("Last name", Qualifier.NONE),
    /** "Ada Lovelace": split into first and last name when those columns are empty. */
    FULL_NAME("Full name", Qualifier.NONE),
    /** An email address; the qualifier is its label (work, home), or an {@link #EMAIL_LABEL} column of its group. */
    EMAIL("Email", Qualifier.LABEL),
    EMAIL_LABEL("Email label", Qualifier.NONE),
    PHONE("Phone", Qualifier.LABEL),
    PHONE_LABEL("Phone label", Qualifier.NONE),
    ADDRESS_LABEL("Address label", Qualifier.NONE),
    STREET("Street", Qualifier.LABEL),
    POSTAL_CODE("Postal code", Qualifier.LABEL),
    CITY("City", Qualifier.LABEL),
    REGION("Region / state", Qualifier.LABEL),
    COUNTRY("Country", Qualifier.LABEL),
    /** A whole address in one cell, used when the group has no street. */
    ADDRESS_FORMATTED("Address (one line)", Qualifier.LABEL),
    BIRTH_DATE("Birth date", Qualifier.NONE),
    /** The year of a birth date given in three columns (Thunderbird's "Birth Year"); since 1.1. */
    BIRTH_YEAR("Birth year", Qualifier.NONE),
    /** The month (1-12) of a birth date given in three columns; since 1.1. */
    BIRTH_MONTH("Birth month", Qualifier.NONE),
    /** The day of a birth date given in three columns; since 1.1. */
    BIRTH_DAY("Birth day", Qualifier.NONE),
    SEX("Sex", Qualifier.NONE),
    INCOME_BAND("Income band (A-E)", Qualifier.NONE),
    LANGUAGE("Language", Qualifier.NONE),
    OWNER("Owner (rep)", Qualifier.NONE),
    /** Several tags in one cell; the qualifier is the separator (";" when empty). */
    TAGS("Tags", Qualifier.SEPARATOR),
    MARKETING_OPT_IN("Marketing opt-in (yes/no)", Qualifier.NONE),
    CONSENT_DATE("Consent date", Qualifier.NONE),
    NOTES("Notes", Qualifier.NONE),
    ORGANIZATION("Organization", Qualifier.NONE),
    ROLE("Role in the organization", Qualifier.NONE),
    SOCIAL_NETWORK("Social network name", Qualifier.NONE),
    /** A handle; the qualifier names the network (mastodon, bluesky...) unless a {@link #SOCIAL_NETWORK} column does. */
    SOCIAL_HANDLE("Social handle", Qualifier.NETWORK),
    /** A profile URL; the network and handle are read from it when it is a known network's. */
    SOCIAL_URL("Social profile URL", Qualifier.NETWORK),
    SOCIAL_FOLLOWERS("Social followers", Qualifier.NONE),
    SOCIAL_VERIFIED("Social profile verified (yes/no)", Qualifier.NONE),
    /** A web page; known social networks' pages become their profiles, others a "website" profile. */
    WEBSITE("Web page", Qualifier.NONE),
    /** A custom field's value; the qualifier is the field's key. */
    CUSTOM("Custom field", Qualifier.KEY);

    /** What the {@link ColumnTarget#qualifier()} means for a field. */
    public enum Qualifier {
        NONE, LABEL, NETWORK, KEY, SEPARATOR
    }

    private final String label;
    private final Qualifier qualifier;

    ContactField(String label, Qualifier qualifier) {
        this.label = label;
        this.qualifier = qualifier;
    }

    /** The name shown on the mapping page. */
    public String label() {
        return label;
    }

    /** What the target's qualifier means for this field. */
    public Qualifier qualifier() {
        return qualifier;
    }
}
