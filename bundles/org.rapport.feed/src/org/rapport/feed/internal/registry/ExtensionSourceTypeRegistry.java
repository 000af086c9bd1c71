package org.rapport.feed.internal.registry;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.SourceLocation;

/**
 * The source types contributed to {@code org.rapport.feed.sourceTypes}, read by {@link SourceTypeReader} the first
 * time they are needed and again after plugins come or go (an {@link IRegistryEventListener}). What the reader left
 * out is logged; a type that throws while recognising or detecting is logged and skipped, and the others are asked.
 */
@Component(service = SourceTypeRegistry.class)
public final class ExtensionSourceTypeRegistry implements SourceTypeRegistry, IRegistryEventListener {

    /** The extension point's full id. */
    static final String POINT_ID = "org.rapport.feed.sourceTypes";

    @Reference
    private IExtensionRegistry extensions;
    private Consumer<IStatus> log;
    private final Map<IConfigurationElement, FeedSourceType> created = new HashMap<>();
    private volatile SourceTypeReader.Result snapshot;

    /** For DS: the extension registry comes through {@link #activate}. */
    public ExtensionSourceTypeRegistry() {
    }

    /** For tests: a registry over the given extension registry, reporting problems to {@code log}. */
    ExtensionSourceTypeRegistry(IExtensionRegistry extensions, Consumer<IStatus> log) {
        this.extensions = extensions;
        this.log = log;
    }

    @Activate
    void activate() {
        ILog platformLog = ILog.of(ExtensionSourceTypeRegistry.class);
        this.log = platformLog::log;
        start();
    }

    /** Starts listening for plugins that come or go. */
    void start() {
        extensions.addListener(this, POINT_ID);
    }

    @Deactivate
    void stop() {
        extensions.removeListener(this);
        synchronized (this) {
            snapshot = null;
            created.clear();
        }
    }

    @Override
    public List<SourceTypeInfo> types() {
        return snapshot().types().stream().map(SourceTypeDescriptor::info)
                .sorted(Comparator.comparing(SourceTypeInfo::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Optional<FeedSourceType> type(String id) {
        return descriptor(id).map(SourceTypeDescriptor::type);
    }

    @Override
    public int pollMinutes(String id) {
        return descriptor(id).map(SourceTypeDescriptor::pollMinutes).orElse(15);
    }

    @Override
    public Optional<Recognized> recognize(String location) {
        String typed = location == null ? "" : location.trim();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (SourceTypeDescriptor d : snapshot().types()) {
            try {
                Optional<SourceLocation> found = d.type().recognize(typed);
                if (found != null && found.isPresent()) {
                    return Optional.of(new Recognized(d.info(), found.get()));
                }
            } catch (RuntimeException | LinkageError e) {
                report(d, "recognising \"" + typed + "\"", e);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<SourceTypeInfo> detect(String name, byte[] head) {
        for (SourceTypeDescriptor d : snapshot().types()) {
            try {
                if (d.type().canParse(name, head)) {
                    return Optional.of(d.info());
                }
            } catch (RuntimeException | LinkageError e) {
                report(d, "looking at " + name, e);
            }
        }
        return Optional.empty();
    }

    /** What the last read left out (for the log and for tests). */
    IStatus readProblems() {
        return snapshot().problems();
    }

    private Optional<SourceTypeDescriptor> descriptor(String id) {
        return snapshot().types().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private SourceTypeReader.Result snapshot() {
        SourceTypeReader.Result current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (snapshot == null) {
                SourceTypeReader.Result read = SourceTypeReader.read(
                        extensions.getConfigurationElementsFor(POINT_ID), created);
                if (!read.problems().isOK()) {
                    log.accept(read.problems());
                }
                snapshot = read;
            }
            return snapshot;
        }
    }

    private void report(SourceTypeDescriptor d, String what, Throwable e) {
        log.accept(new Status(IStatus.ERROR, SourceTypeReader.OWN_BUNDLE, "Source type \"" + d.id() + "\" of bundle "
                + d.info().contributor() + " failed while " + what + "; the other types were asked", e));
    }

    private synchronized void changed() {
        snapshot = null; // read again on next use: the change may come while nobody needs the types
    }

    @Override
    public void added(IExtension[] added) {
        changed();
    }

    @Override
    public void removed(IExtension[] removed) {
        changed();
    }

    @Override
    public void added(IExtensionPoint[] added) {
        changed();
    }

    @Override
    public void removed(IExtensionPoint[] removed) {
        changed();
    }
}
