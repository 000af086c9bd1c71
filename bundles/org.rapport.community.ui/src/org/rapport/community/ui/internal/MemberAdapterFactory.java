package org.rapport.community.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.rapport.community.Member;
import org.rapport.core.PersonRef;

/**
 * A picked member linked to a contact is that contact for the Timeline and Open Person; a member without a contact is
 * no person of the contact database.
 */
public class MemberAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == PersonRef.class && adaptable instanceof Member member && member.personId() != null) {
            return adapterType.cast(new PersonRef(member.personId(), member.displayName()));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { PersonRef.class };
    }
}
