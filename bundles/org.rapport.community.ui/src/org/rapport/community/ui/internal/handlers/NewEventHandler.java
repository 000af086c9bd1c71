package org.rapport.community.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Placeholder until the community API lands. */
public class NewEventHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        return null;
    }
}
