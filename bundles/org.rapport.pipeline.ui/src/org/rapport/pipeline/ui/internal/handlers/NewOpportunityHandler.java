package org.rapport.pipeline.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.pipeline.ui.OpportunityEditorInput;
import org.rapport.pipeline.ui.PipelineUi;

/** Opens the editor of a new opportunity, with the selected person (from Contacts, the board, the Timeline...). */
public class NewOpportunityHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
                    OpportunityEditorInput.newOpportunity(Selections.person(HandlerUtil.getCurrentSelection(event)), null),
                    PipelineUi.EDITOR_ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The opportunity editor could not open", e);
        }
        return null;
    }
}
