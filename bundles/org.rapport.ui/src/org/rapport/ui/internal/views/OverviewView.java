package org.rapport.ui.internal.views;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.service.event.Event;
import org.rapport.core.events.RapportTopics;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseInfo;
import org.rapport.ui.RapportUi;

/**
 * The welcome page: what Rapport is, the installed perspectives to open, the workspace's database, and where to start
 * (import, install plugins, preferences). The database description is read in a background job.
 */
public class OverviewView {

    private Composite body;
    private Label database;

    @Inject
    @Service
    private DatabaseAdmin databaseAdmin;

    @PostConstruct
    public void createControls(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        body.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(24, 20).spacing(8, 6).applyTo(body);

        Label title = label("Welcome to Rapport");
        title.setFont(JFaceResources.getHeaderFont());
        label("Customer relationships as they really are: people in networks and communities, their conversations,"
                + " your deals, their loyalty.");

        section("Perspectives");
        perspectiveLinks();

        section("Get started");
        commandLink("<a>Import</a> contacts from your phone or mail client (File > Import\u2026)", "org.eclipse.ui.file.import");
        commandLink("<a>Install</a> more plugins: connectors, domains, reports (Help > Install New Software\u2026)",
                "org.eclipse.equinox.p2.ui.sdk.install");
        commandLink("<a>Set up</a> Rapport: database, defaults (Window > Preferences)", "org.eclipse.ui.window.preferences");

        section("Your data");
        database = label("Reading the database\u2026");

        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        readDatabaseInfo();
    }

    private void perspectiveLinks() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IPerspectiveDescriptor[] domains = Arrays.stream(workbench.getPerspectiveRegistry().getPerspectives())
                .filter(p -> !RapportUi.OVERVIEW_PERSPECTIVE_ID.equals(p.getId()))
                .sorted(Comparator.comparing(IPerspectiveDescriptor::getLabel)).toArray(IPerspectiveDescriptor[]::new);
        if (domains.length == 0) {
            label("No domain perspective is installed yet. Contacts, Sales Pipeline, Loyalty, Community and Social Feed"
                    + " come as plugins: Help > Install New Software\u2026");
        }
        for (IPerspectiveDescriptor perspective : domains) {
            Link link = link("<a>" + perspective.getLabel() + "</a>"
                    + (perspective.getDescription() == null ? "" : " \u2014 " + perspective.getDescription()));
            link.addListener(SWT.Selection, e -> open(workbench, perspective));
        }
    }

    private static void open(IWorkbench workbench, IPerspectiveDescriptor perspective) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        try {
            workbench.showPerspective(perspective.getId(), window);
        } catch (WorkbenchException e) {
            ILog.of(OverviewView.class).error("Could not open perspective " + perspective.getLabel(), e);
        }
    }

    private void commandLink(String text, String commandId) {
        link(text).addListener(SWT.Selection, e -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception ex) {
                ILog.of(OverviewView.class).error("Could not run " + commandId, ex);
            }
        });
    }

    /** The first start's demo data has just created the database: show it. */
    @Inject
    @Optional
    void demoDataLoaded(@UIEventTopic(RapportTopics.DEMO_DATA_LOADED) Event event) {
        if (database != null && !database.isDisposed()) {
            readDatabaseInfo();
        }
    }

    private void readDatabaseInfo() {
        DatabaseAdmin admin = databaseAdmin;
        Job job = Job.create("Reading database information", monitor -> {
            String text;
            try {
                text = admin == null ? "The database service is not installed." : describe(admin.info());
            } catch (RuntimeException e) {
                text = e.getMessage();
            }
            String shown = text;
            body.getDisplay().asyncExec(() -> {
                if (!database.isDisposed()) {
                    database.setText(shown);
                    body.getParent().layout(true, true);
                    ((ScrolledComposite) body.getParent()).setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    static String describe(DatabaseInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(capitalized(info.kind().label())).append(": ").append(info.location());
        if (!info.exists()) {
            return text.append("\nCreated when the first domain stores data.").toString();
        }
        text.append('\n').append(info.engine());
        for (Map.Entry<String, Integer> unit : info.schemaVersions().entrySet()) {
            text.append("\n\u2022 ").append(unit.getKey()).append(": schema version ").append(unit.getValue());
        }
        return text.toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void section(String text) {
        Label label = label(text);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(0, 14).applyTo(label);
    }

    private Label label(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        layoutWide(label);
        return label;
    }

    private Link link(String text) {
        Link link = new Link(body, SWT.WRAP);
        link.setText(text);
        layoutWide(link);
        return link;
    }

    private static void layoutWide(Control control) {
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(control);
    }

    @Focus
    public void setFocus() {
        body.setFocus();
    }
}
