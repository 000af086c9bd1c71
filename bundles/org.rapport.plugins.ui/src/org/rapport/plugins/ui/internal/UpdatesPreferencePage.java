package org.rapport.plugins.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.rapport.plugins.PluginPreferences;

/**
 * Preferences > Rapport > Updates and Plugins: the update site (preset by the product, changeable by the user) and,
 * read-only, whether plugins may be installed (that one is IT's to set).
 */
public class UpdatesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Created by the workbench. */
    public UpdatesPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PluginPreferences.QUALIFIER));
        setDescription("Where Rapport looks for updates (Help > Check for Updates, rapport-cli plugins update).");
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(PluginPreferences.UPDATE_SITE, "Update site:", getFieldEditorParent()));
        Label lock = new Label(getFieldEditorParent(), SWT.WRAP);
        lock.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        lock.setText(InstallAllowedSource.allowed()
                ? "Installing plugins (Help > Install New Software) is allowed."
                : "Installing plugins is switched off in this Rapport by your IT department.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
