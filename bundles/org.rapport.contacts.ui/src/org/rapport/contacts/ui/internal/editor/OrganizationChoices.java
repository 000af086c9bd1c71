package org.rapport.contacts.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.rapport.contacts.model.Organization;

/**
 * The organizations the editor offers while the user types one's name (read when the editor opened), and which typed
 * names are new: those are created when the person is saved.
 */
final class OrganizationChoices implements IContentProposalProvider {

    /** Organizations read for the suggestions; beyond them the save still finds an existing one by its name. */
    static final int LIMIT = 2_000;
    private static final int SHOWN = 50;

    private final Map<String, Organization> byName = new LinkedHashMap<>();

    OrganizationChoices(List<Organization> organizations) {
        for (Organization organization : organizations) {
            byName.putIfAbsent(key(organization.getName()), organization);
        }
    }

    /** The organization with this name, ignoring case. */
    Optional<Organization> named(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Whether a typed name would be a new organization. */
    boolean isNew(String name) {
        return !name.isBlank() && named(name).isEmpty() && byName.size() < LIMIT;
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String typed = key(contents.substring(0, Math.min(position, contents.length())));
        return byName.values().stream().filter(o -> key(o.getName()).startsWith(typed)).limit(SHOWN)
                .map(o -> new ContentProposal(o.getName(), o.getName(), describe(o))).toArray(IContentProposal[]::new);
    }

    private static String describe(Organization o) {
        String what = String.join(", ", List.of(o.getIndustry(), o.getCity()).stream().filter(s -> !s.isBlank()).toList());
        return what.isEmpty() ? null : what;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
