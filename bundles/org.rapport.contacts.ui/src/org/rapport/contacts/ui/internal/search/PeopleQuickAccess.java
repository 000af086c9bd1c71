package org.rapport.contacts.ui.internal.search;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.quickaccess.IQuickAccessComputerExtension;
import org.eclipse.ui.quickaccess.QuickAccessElement;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchResult;

/**
 * People in Quick Access (Ctrl+3): typing a name, an email, a handle, an organization or a tag lists the best matching
 * people (from the {@link ContactSearch} index); choosing one opens the contact editor. Declared in plugin.xml with
 * {@code requiresUIAccess="false"}, so Quick Access asks in the background while the user types.
 */
public class PeopleQuickAccess implements IQuickAccessComputerExtension {

    /** People offered per query: Quick Access shows a few per provider anyway. */
    static final int LIMIT = 15;
    /** Shorter queries list nobody: one letter would match half the database. */
    static final int MIN_QUERY_LENGTH = 2;

    private final ContactSearch search;

    /** Made by the workbench from plugin.xml: finds the search service of the running workbench. */
    public PeopleQuickAccess() {
        this(null);
    }

    /** With a given search service (tests). */
    PeopleQuickAccess(ContactSearch search) {
        this.search = search;
    }

    /** Everything comes from the query; nothing is offered before the user types. */
    @Override
    public QuickAccessElement[] computeElements() {
        return new QuickAccessElement[0];
    }

    @Override
    public QuickAccessElement[] computeElements(String query, IProgressMonitor monitor) {
        String text = query == null ? "" : query.trim();
        ContactSearch service = search != null ? search : PlatformUI.getWorkbench().getService(ContactSearch.class);
        if (text.length() < MIN_QUERY_LENGTH || service == null || (monitor != null && monitor.isCanceled())) {
            return new QuickAccessElement[0];
        }
        SearchResult result = service.search(text, LIMIT);
        return result.rows().stream().map(row -> new PersonElement(row, text)).toArray(QuickAccessElement[]::new);
    }

    @Override
    public void resetState() {
        // nothing is cached between queries
    }

    @Override
    public boolean needsRefresh() {
        return false;
    }

    /** One person in Quick Access: "Ada Lovelace - Northwind Outdoor, ada@northwind.example". */
    static final class PersonElement extends QuickAccessElement {

        private final PersonRow row;
        private final String query;

        PersonElement(PersonRow row, String query) {
            this.row = row;
            this.query = query;
        }

        @Override
        public String getLabel() {
            String organization = row.organization() == null ? "" : row.organization();
            String email = row.primaryEmail() == null ? "" : row.primaryEmail();
            String details = organization.isEmpty() || email.isEmpty() ? organization + email : organization + ", " + email;
            return details.isEmpty() ? row.displayName() : row.displayName() + separator + details;
        }

        /**
         * The label and the query: the index matched the person on fields the label does not show (a handle, a tag),
         * and Quick Access drops elements whose match label does not contain what was typed.
         */
        @Override
        public String getMatchLabel() {
            return getLabel() + " " + query;
        }

        @Override
        public org.eclipse.jface.resource.ImageDescriptor getImageDescriptor() {
            return org.eclipse.ui.plugin.AbstractUIPlugin.imageDescriptorFromPlugin(
                    org.rapport.contacts.ui.ContactsUi.PLUGIN_ID, "icons/person.png");
        }

        @Override
        public String getId() {
            return "person:" + row.id();
        }

        @Override
        public void execute() {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                ContactOpener.open(window.getActivePage(), row.toRef());
            }
        }

        /** The person, for tests. */
        PersonRow row() {
            return row;
        }
    }
}
