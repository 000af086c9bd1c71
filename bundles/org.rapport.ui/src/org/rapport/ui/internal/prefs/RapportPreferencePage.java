package org.rapport.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.rapport.core.demo.DemoDataService;

/** Window > Preferences > Rapport: general settings of the workspace; domains add their pages below it. */
public class RapportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Where the core bundle keeps its settings. */
    static final String CORE_NODE = "org.rapport.core";

    public RapportPreferencePage() {
        super(GRID);
        setDescription("Settings of this Rapport workspace. The pages below belong to the installed parts of Rapport.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CORE_NODE));
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(DemoDataService.PREF_ON_FIRST_START,
                "Fill empty parts of a new workspace with &demo data", getFieldEditorParent()));
    }
}
