package org.rapport.pipeline.ui.internal.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.rapport.pipeline.ui.OpportunityEditorInput;

/** Brings back the opportunity editors that were open when the workbench closed. */
public class OpportunityEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        try {
            String id = memento.getString(OpportunityEditorInput.KEY_ID);
            String title = memento.getString(OpportunityEditorInput.KEY_TITLE);
            long opportunityId = id == null ? 0 : Long.parseLong(id);
            return opportunityId > 0 ? OpportunityEditorInput.saved(opportunityId, title == null ? "" : title) : null;
        } catch (NumberFormatException e) {
            return null; // a damaged memento: that editor is not restored
        }
    }
}
