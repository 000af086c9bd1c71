package org.rapport.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.rapport.core.demo.DemoDataService;
import org.rapport.core.user.RapportUser;

/** Window > Preferences > Rapport: general settings of the workspace; domains add their pages below it. */
public class RapportPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Where the core bundle keeps its settings. */
    static final String CORE_NODE = RapportUser.PREFERENCE_NODE;

    private RapportUser user;

    public RapportPreferencePage() {
        super(GRID);
        setDescription("Settings of this Rapport workspace. The pages below belong to the installed parts of Rapport.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, CORE_NODE);
        if (store.getDefaultString(RapportUser.PREFERENCE_KEY).isEmpty()) { // unless the product presets a name
            store.setDefault(RapportUser.PREFERENCE_KEY, System.getProperty("user.name", ""));
        }
        setPreferenceStore(store);
        user = workbench.getService(RapportUser.class);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(DemoDataService.PREF_ON_FIRST_START,
                "Fill empty parts of a new workspace with &demo data", getFieldEditorParent()));
        StringFieldEditor name = new StringFieldEditor(RapportUser.PREFERENCE_KEY, "&Your name on records:",
                getFieldEditorParent());
        name.setTextLimit(RapportUser.MAX_LENGTH);
        addField(name);
        if (user != null && user.isDatabaseLogin()) {
            // on a team server the login is the name: a preference must not let anyone record changes as a colleague
            name.setEnabled(false, getFieldEditorParent());
            name.getTextControl(getFieldEditorParent()).setToolTipText("On the team server your database login is"
                    + " your name: " + user.name());
        } else {
            name.getTextControl(getFieldEditorParent()).setToolTipText("Shown as created by, changed by and owner on"
                    + " what you create and change on this computer's database");
        }
    }
}
