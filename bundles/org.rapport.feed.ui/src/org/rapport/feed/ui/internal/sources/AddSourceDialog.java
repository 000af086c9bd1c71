package org.rapport.feed.ui.internal.sources;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.feed.FeedSource;
import org.rapport.feed.SourceService;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.ui.jobs.UiJobs;

/**
 * Adds a source for what the user types, with a hint for each installed source type (its example location). The
 * source is added in a job while the dialog stays open, so a location no type recognises is said in the dialog.
 */
final class AddSourceDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    static final String TITLE = "Add a Source";

    private final SourceService sources;
    private final List<SourceTypeInfo> types;
    private final Consumer<FeedSource> added;
    private Text location;

    AddSourceDialog(Shell parent, SourceService sources, List<SourceTypeInfo> types, Consumer<FeedSource> added) {
        super(parent);
        this.sources = sources;
        this.types = List.copyOf(types);
        this.added = added;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TITLE);
        setMessage("Type a feed's address, a Mastodon account or hashtag, or a Bluesky handle.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText("&Location:");
        location = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(location);
        Label understood = new Label(body, SWT.NONE);
        understood.setText(types.isEmpty() ? "No source type is installed." : "Understood here:");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(understood);
        for (SourceTypeInfo type : types) {
            Label name = new Label(body, SWT.NONE);
            name.setText(type.name());
            Label example = new Label(body, SWT.NONE);
            example.setText(type.example() == null ? "" : "e.g. " + type.example());
            example.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Add", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String typed = location.getText().strip();
        if (typed.isEmpty()) {
            setErrorMessage("Type where the posts come from.");
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage("Adding " + typed + "\u2026");
        UiJobs.once("Adding a feed source", location, () -> sources.add(typed), source -> {
            added.accept(source);
            close();
        }, e -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setErrorMessage(UiJobs.message(e));
        });
    }

    /** The location field, for tests. */
    Text location() {
        return location;
    }
}
