package org.rapport.feed.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.rapport.core.PersonRef;
import org.rapport.feed.Post;

/**
 * A picked post is the contact its author is matched to: the Timeline follows a post in the selection, and Open Person
 * opens its author. A post by an unmatched author adapts to nothing.
 */
public class PostAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adaptable instanceof Post post && adapterType == PersonRef.class && post.authorPerson() != null) {
            return adapterType.cast(post.authorPerson());
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { PersonRef.class };
    }
}
