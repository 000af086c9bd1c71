package org.rapport.community.ui.internal;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.rapport.community.Member;
import org.rapport.core.PersonRef;

/** What the community views read from the workbench selection. */
public final class Selections {

    private Selections() {
    }

    /** The first selected element. */
    public static Object first(Object selection) {
        return selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
    }

    /** The selected member, or {@code null}. */
    public static Member member(Object selection) {
        return first(selection) instanceof Member member ? member : null;
    }

    /** The selected element as a contact (a contact, a linked member, a post's author...), or {@code null}. */
    public static PersonRef person(Object selection) {
        Object first = first(selection);
        return first == null ? null : Adapters.adapt(first, PersonRef.class);
    }
}
