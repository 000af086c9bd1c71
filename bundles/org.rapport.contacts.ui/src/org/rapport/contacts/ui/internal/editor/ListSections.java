package org.rapport.contacts.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.model.PostalAddress;
import org.rapport.contacts.model.SocialProfile;

/** The sections made of editable lists: contact points, social footprint, organizations. */
final class ListSections {

    private ListSections() {
    }

    /** Emails, phones and postal addresses, each with a label; the first of each is the primary one. Two columns. */
    static void contactPoints(Binder b, Composite client, Runnable reflow) {
        heading(b, client, "Emails (the first is the primary one)");
        new RowList<>(b, client, PersonField.EMAILS, "emails", "email", () -> new EmailAddress("work", ""), 2,
                ContactPointRows.EmailRow::new, reflow);
        heading(b, client, "Phones");
        new RowList<>(b, client, PersonField.PHONES, "phones", "phone", () -> new PhoneNumber("mobile", ""), 2,
                ContactPointRows.PhoneRow::new, reflow);
        heading(b, client, "Postal addresses");
        new RowList<>(b, client, PersonField.ADDRESSES, "addresses", "address",
                () -> new PostalAddress("home", "", "", "", "", ""), 1, ContactPointRows.AddressRow::new, reflow);
    }

    /** Profiles on social networks: network, handle, URL, followers, verified. Two columns. */
    static void socialFootprint(Binder b, Composite client, Runnable reflow) {
        new RowList<>(b, client, PersonField.SOCIAL_PROFILES, "socialProfiles", "profile",
                () -> new SocialProfile("mastodon", "", "", 0, false), 5, FootprintRows.SocialProfileRow::new, reflow);
    }

    /** Organizations and the person's role in each; the first is the main one. Two columns. */
    static void organizations(Binder b, Composite client, OrganizationChoices choices, Runnable reflow) {
        new RowList<>(b, client, PersonField.MEMBERSHIPS, "memberships", "organization",
                () -> new Membership(0, "", ""), 2, () -> new FootprintRows.MembershipRow(choices), reflow);
    }

    private static void heading(Binder b, Composite client, String text) {
        Label label = b.toolkit().createLabel(client, text);
        label.setForeground(b.toolkit().getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 4).applyTo(label);
    }

    /** A hint under a section's title. */
    static Label hint(Binder b, Composite client, String text) {
        Label label = b.toolkit().createLabel(client, text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(label);
        return label;
    }
}
