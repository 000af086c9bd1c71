package org.rapport.contacts.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.core.PersonRef;
import org.rapport.ui.RapportUi;

/**
 * Opens the contact editor of every selected person: anything in the selection that adapts to {@link PersonRef}, so
 * the command serves the contacts list, search results, a segment's members or a deal's contact alike. As the handler
 * of the workbench's {@link RapportUi#OPEN_PERSON_COMMAND_ID}, it opens the person its parameter names instead.
 */
public class OpenContactHandler extends AbstractHandler {

    /** More editors than this are not opened by one command. */
    static final int MAX_EDITORS = 25;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String personId = event.getParameter(RapportUi.OPEN_PERSON_ID_PARAMETER);
        List<PersonRef> people = personId == null ? people(HandlerUtil.getCurrentStructuredSelection(event))
                : List.of(new PersonRef(parseId(personId), "")); // the editor names itself once it has read the person
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            for (PersonRef person : people.subList(0, Math.min(people.size(), MAX_EDITORS))) {
                page.openEditor(ContactEditorInput.of(person), ContactsUi.EDITOR_ID, people.size() == 1);
            }
        } catch (PartInitException e) {
            throw new ExecutionException("The contact editor could not open", e);
        }
        return null;
    }

    private static long parseId(String personId) throws ExecutionException {
        try {
            return Long.parseLong(personId.trim());
        } catch (NumberFormatException e) {
            throw new ExecutionException("Open Person needs a person id, not '" + personId + "'", e);
        }
    }

    static List<PersonRef> people(IStructuredSelection selection) {
        List<PersonRef> people = new ArrayList<>();
        for (Object element : selection) {
            PersonRef person = Adapters.adapt(element, PersonRef.class);
            if (person != null) {
                people.add(person);
            }
        }
        return people;
    }
}
