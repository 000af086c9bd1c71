package org.rapport.loyalty.ui.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.MemberRow;

/**
 * A member as the loyalty views put it into the workbench selection: the membership with its points and the contact
 * it is. It adapts to the contact's {@link PersonRef}, so the Timeline and Open Person follow a picked member.
 *
 * @param row    the membership and its points
 * @param person the contact (its name from the contacts, or "Person #id" without them)
 */
public record MemberItem(MemberRow row, PersonRef person) implements IAdaptable {

    /** The program of the membership. */
    public long programId() {
        return row.member().programId();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == PersonRef.class ? adapter.cast(person) : null;
    }
}
