package org.rapport.contacts.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.SocialProfile;

/** The rows of a person's social profiles and organizations. */
final class FootprintRows {

    static final List<String> NETWORKS = List.of("mastodon", "bluesky", "linkedin", "instagram", "x", "threads",
            "facebook", "tiktok", "youtube", "github", "discord", "reddit");

    private FootprintRows() {
    }

    /** A social profile: network, handle, profile URL, followers, verified. */
    static final class SocialProfileRow implements RowList.Row<SocialProfile> {
        private Combo network;
        private Text handle;
        private Text url;
        private Text followers;
        private Button verified;

        @Override
        public Control create(Composite parent, RowList<SocialProfile> list, int index) {
            network = new Combo(parent, SWT.DROP_DOWN);
            list.binder().toolkit().adapt(network, true, false);
            network.setItems(NETWORKS.toArray(String[]::new));
            network.setVisibleItemCount(NETWORKS.size());
            GridDataFactory.swtDefaults().hint(100, SWT.DEFAULT).applyTo(network);
            handle = ContactPointRows.text(parent, list, "@handle", 120, true);
            url = ContactPointRows.text(parent, list, "https://\u2026", 140, true);
            followers = ContactPointRows.text(parent, list, "Followers", 70, false);
            followers.setToolTipText("Followers, e.g. 1200 or 1.2k");
            verified = list.binder().toolkit().createButton(parent, "Verified", SWT.CHECK);
            network.addListener(SWT.Modify, e -> changed(list, index, "network"));
            list.binder().endTypingOnLeave(network);
            handle.addListener(SWT.Modify, e -> changed(list, index, "handle"));
            url.addListener(SWT.Modify, e -> changed(list, index, "url"));
            followers.addListener(SWT.Modify, e -> changed(list, index, "followers"));
            verified.addListener(SWT.Selection, e -> changed(list, index, null));
            handle.setData(BinderKeys.FIELD, list.fieldName(index));
            return handle;
        }

        private void changed(RowList<SocialProfile> list, int index, String part) {
            if (list.binder().isUpdating()) {
                return;
            }
            SocialProfile current = list.values().get(index);
            int count = current.getFollowers();
            try {
                count = Numbers.followers(followers.getText());
                list.binder().messages().unreadable(followers, null);
            } catch (IllegalArgumentException unreadable) {
                list.binder().messages().unreadable(followers, unreadable.getMessage());
                if ("followers".equals(part)) {
                    return;
                }
            }
            list.set(index, new SocialProfile(network.getText(), handle.getText(), url.getText().trim(), count,
                    verified.getSelection()), part == null ? null : list.key(index, part));
        }

        @Override
        public void show(SocialProfile value) {
            ContactPointRows.setCombo(network, value.getNetwork());
            Binder.setText(handle, value.getHandle());
            Binder.setText(url, value.getUrl());
            if (value.getFollowers() != currentFollowers()) {
                Binder.setText(followers, value.getFollowers() == 0 ? "" : Integer.toString(value.getFollowers()));
            }
            verified.setSelection(value.isVerified());
        }

        private int currentFollowers() {
            try {
                return Numbers.followers(followers.getText());
            } catch (IllegalArgumentException e) {
                return -1;
            }
        }
    }

    /** A place in an organization: its name (suggested from those known, or a new one) and the role there. */
    static final class MembershipRow implements RowList.Row<Membership> {
        private final OrganizationChoices organizations;
        private RowList<Membership> list;
        private Text organization;
        private Text role;

        MembershipRow(OrganizationChoices organizations) {
            this.organizations = organizations;
        }

        @Override
        public Control create(Composite parent, RowList<Membership> rows, int index) {
            this.list = rows;
            organization = ContactPointRows.text(parent, rows, "Organization", 160, true);
            organization.setToolTipText("Type to pick a known organization (Ctrl+Space lists them); a new name creates"
                    + " the organization when you save.");
            ContentProposalAdapter assist = new ContentProposalAdapter(organization, new TextContentAdapter(),
                    organizations, KeyStroke.getInstance(SWT.MOD1, ' '),
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray());
            assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
            role = ContactPointRows.text(parent, rows, "Role, e.g. Head of Purchasing", 140, true);
            organization.addListener(SWT.Modify, e -> changed(index, "organization"));
            role.addListener(SWT.Modify, e -> changed(index, "role"));
            organization.setData(BinderKeys.FIELD, rows.fieldName(index));
            return organization;
        }

        private void changed(int index, String part) {
            if (list.binder().isUpdating()) {
                return;
            }
            String name = organization.getText().trim();
            Membership membership = organizations.named(name)
                    .map(o -> new Membership(o.getId(), o.getName(), role.getText().trim()))
                    .orElseGet(() -> new Membership(0, name, role.getText().trim()));
            list.set(index, membership, list.key(index, part));
            noteIfNew(membership);
        }

        private void noteIfNew(Membership membership) {
            String name = membership.getOrganizationName();
            boolean isNew = membership.getOrganizationId() == 0 && organizations.isNew(name);
            list.binder().messages().note(organization,
                    isNew ? "'" + name.trim() + "' is a new organization; it is created when you save." : null);
        }

        @Override
        public void show(Membership value) {
            Binder.setText(organization, value.getOrganizationName());
            Binder.setText(role, value.getRole());
            noteIfNew(value);
        }
    }
}
