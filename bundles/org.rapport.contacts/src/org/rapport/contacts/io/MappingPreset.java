package org.rapport.contacts.io;

/**
 * Ready-made column mappings for the CSV files people usually have. Each recognizes its columns by their header
 * names; {@link ContactImporter#inspect} picks the preset whose headers a file has.
 */
public enum MappingPreset {

    /**
     * Rapport's own export ("First Name", "Email 1", "Social 1 Network"...), plus the obvious column names of hand-made
     * files ("Name", "E-mail", "Mobile", "Company", "Mastodon"...) and Thunderbird's export ("Primary Email",
     * "Mobile Number", "Home ZipCode", "Birth Year"...).
     */
    DEFAULT("Rapport / generic"),
    /** Google Contacts' "Google CSV" export, old ("Given Name", "E-mail 1 - Value") and new ("First Name", "Labels"). */
    GOOGLE("Google Contacts"),
    /** Outlook's CSV export ("First Name", "E-mail Address", "Mobile Phone", "Business City"...). */
    OUTLOOK("Microsoft Outlook");

    private final String label;

    MappingPreset(String label) {
        this.label = label;
    }

    /** The name shown on the mapping page. */
    public String label() {
        return label;
    }
}
