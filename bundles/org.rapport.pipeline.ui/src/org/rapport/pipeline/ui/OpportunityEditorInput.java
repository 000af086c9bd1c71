package org.rapport.pipeline.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.core.PersonRef;

/**
 * What an opportunity editor edits: a saved opportunity, by id, or a new one (optionally with a person and in a
 * pipeline). Two inputs of the same saved opportunity are equal, so opening it again brings its editor to the front;
 * inputs of saved opportunities are remembered when the workbench closes.
 */
public final class OpportunityEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

    /** The id of the element factory that restores inputs (see plugin.xml). */
    public static final String FACTORY_ID = "org.rapport.pipeline.ui.editorInputFactory";
    /** Memento key of the opportunity's id. */
    public static final String KEY_ID = "opportunityId";
    /** Memento key of the title as last shown. */
    public static final String KEY_TITLE = "title";
    private static final AtomicLong NEW_DEALS = new AtomicLong();

    private final long opportunityId;
    private final String title;
    private final long newNumber;
    private final PersonRef person;
    private final Long pipelineId;

    private OpportunityEditorInput(long opportunityId, String title, long newNumber, PersonRef person, Long pipelineId) {
        this.opportunityId = opportunityId;
        this.title = Objects.requireNonNull(title, "title");
        this.newNumber = newNumber;
        this.person = person;
        this.pipelineId = pipelineId;
    }

    /** The input of a saved opportunity. */
    public static OpportunityEditorInput saved(long opportunityId, String title) {
        if (opportunityId <= 0) {
            throw new IllegalArgumentException("a saved opportunity has an id above 0, not " + opportunityId);
        }
        return new OpportunityEditorInput(opportunityId, title, 0, null, null);
    }

    /**
     * The input of a new opportunity; each call gives a new editor.
     *
     * @param person     the person it is with, or {@code null}
     * @param pipelineId the pipeline it starts in, or {@code null} for the first
     */
    public static OpportunityEditorInput newOpportunity(PersonRef person, Long pipelineId) {
        return new OpportunityEditorInput(0, "New opportunity", NEW_DEALS.incrementAndGet(), person, pipelineId);
    }

    /** The opportunity's id, or 0 for a new one. */
    public long opportunityId() {
        return opportunityId;
    }

    /** Whether this is an opportunity not saved yet. */
    public boolean isNew() {
        return opportunityId == 0;
    }

    /** For a new opportunity: the person it is with, or {@code null}. */
    public PersonRef person() {
        return person;
    }

    /** For a new opportunity: the pipeline it starts in, or {@code null}. */
    public Long pipelineId() {
        return pipelineId;
    }

    @Override
    public boolean exists() {
        return !isNew();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AbstractUIPlugin.imageDescriptorFromPlugin(PipelineUi.PLUGIN_ID, "icons/opportunity.png");
    }

    @Override
    public String getName() {
        return title.isBlank() ? "(no title)" : title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return isNew() ? null : this;
    }

    @Override
    public String getToolTipText() {
        return isNew() ? "A new opportunity, not saved yet" : getName() + " (opportunity #" + opportunityId + ")";
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_ID, Long.toString(opportunityId));
        memento.putString(KEY_TITLE, title);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpportunityEditorInput input && input.opportunityId == opportunityId
                && input.newNumber == newNumber;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(opportunityId) * 31 + Long.hashCode(newNumber);
    }

    @Override
    public String toString() {
        return "OpportunityEditorInput[" + (isNew() ? "new #" + newNumber : opportunityId + " " + title) + "]";
    }
}
