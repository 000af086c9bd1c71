package com.example.rapport.discourse.uitest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.feed.FeedSource;
import org.rapport.feed.PollSummary;
import org.rapport.feed.SourceService;

/**
 * A UI test run inside a real Rapport: opens Help > Install New Software, adds the plugin's site, checks the plugin's
 * category, goes through the wizard (details, license) to Finish, answers p2's dialogs (trust of unsigned content;
 * applies the change without a restart when p2 offers it, else restarts), then adds a forum source of the new type
 * and polls it. Every step is written to the result file as "ok ..." or "FAILED ..."; the workbench closes at the end.
 * Idle unless the system properties {@code discourse.uitest.site} and {@code discourse.uitest.result} are set.
 */
public class InstallThroughWizard implements IStartup {

    private static final String TYPE_ID = "com.example.rapport.discourse.latest";

    private Path result;
    private Widgets widgets;

    @Override
    public void earlyStartup() {
        String site = System.getProperty("discourse.uitest.site");
        String file = System.getProperty("discourse.uitest.result");
        if (site == null || file == null) {
            return;
        }
        // a thread of its own: the early startup job holds a lock the UI thread may wait for while a dialog is open
        Thread test = new Thread(() -> run(site, Path.of(file)), "Install New Software UI test");
        test.setDaemon(true);
        test.start();
    }

    private void run(String site, Path file) {
        result = file;
        widgets = new Widgets(PlatformUI.getWorkbench().getDisplay());
        boolean restarting = false;
        try {
            if (Files.exists(result) && Files.readString(result).contains("restarting")) {
                useTheSourceType(System.getProperty("discourse.uitest.forum"), "after the restart");
            } else {
                restarting = install(site);
            }
        } catch (Exception | AssertionError e) {
            report("FAILED " + e);
        } finally {
            widgets.screenshotTo(result.resolveSibling("install-ui-test.png"));
            if (!restarting) {
                report("done");
                widgets.ui(() -> PlatformUI.getWorkbench().close());
            }
        }
    }

    /** @return whether the workbench restarts to finish the install */
    private boolean install(String site) throws Exception {
        SourceService sources = service(SourceService.class);
        report(typeAvailable(sources) ? "FAILED the type is there before the install" : "ok the Discourse type is not installed yet");
        report(widgets.ui(() -> widgets.helpMenuItems().contains("Install New Software..."))
                ? "ok Help offers Install New Software..." : "FAILED Help has no Install New Software...");

        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand("org.eclipse.equinox.p2.ui.sdk.install", null);
            } catch (Exception e) {
                report("FAILED cannot open Install New Software: " + e);
            }
        });
        Shell wizard = widgets.waitForShell("Install", 30);
        report("ok the Install wizard opened");
        widgets.ui(() -> {
            Combo workWith = widgets.first(wizard, Combo.class);
            workWith.setText(site);
            workWith.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        AtomicReference<TreeItem> category = new AtomicReference<>();
        widgets.waitUntil(60, "the site's category in the wizard", () -> {
            category.set(widgets.treeItem(wizard, "Feed sources for Rapport"));
            return category.get() != null;
        });
        widgets.ui(() -> widgets.check(category.get()));
        report("ok the site lists 'Feed sources for Rapport', checked");
        widgets.finishWizard(wizard, 120);
        report("ok Finish pressed");
        String answer = widgets.answerP2Dialogs(180);
        report("ok p2 asked and was answered: " + answer);
        if (answer.contains("Restart")) {
            report("restarting");
            return true; // the workbench restarts; this class runs again and finds "restarting"
        }
        useTheSourceType(System.getProperty("discourse.uitest.forum"), "without a restart");
        return false;
    }

    private void useTheSourceType(String forum, String when) throws Exception {
        SourceService sources = service(SourceService.class);
        widgets.waitUntil(30, "the Discourse source type in the feed's registry", () -> typeAvailable(sources));
        report("ok the Discourse source type is available " + when);
        FeedSource added = sources.add(forum + "/latest.json");
        report(TYPE_ID.equals(added.typeId()) ? "ok a forum source was added with the Discourse type"
                : "FAILED the forum was taken by type " + added.typeId());
        PollSummary polled = sources.poll(added.id(), new NullProgressMonitor());
        report(polled.error() == null && polled.imported() != null && polled.imported().read() == 2
                ? "ok polling the forum stored its topics: " + polled.imported()
                : "FAILED polling the forum: " + polled.error() + " " + polled.imported());
    }

    private static boolean typeAvailable(SourceService sources) {
        return sources.types().stream().anyMatch(t -> TYPE_ID.equals(t.id()));
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(InstallThroughWizard.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        if (service == null) {
            throw new AssertionError("no " + type.getName() + " service");
        }
        return service;
    }

    private synchronized void report(String line) {
        try {
            Files.writeString(result, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
