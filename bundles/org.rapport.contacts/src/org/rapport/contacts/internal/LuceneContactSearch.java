package org.rapport.contacts.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.internal.search.IndexKeeper;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchIndexStatus;
import org.rapport.contacts.search.SearchIndexStatus.State;
import org.rapport.contacts.search.SearchResult;
import org.rapport.persistence.access.DomainEvents;

/**
 * The contact search on a Lucene index in {@code <workspace>/.metadata/.plugins/org.rapport.contacts/search-index},
 * kept in line with the database through {@link ContactEvents}; answers from the database while the index cannot.
 * <p>
 * In team mode the changes of colleagues (other processes on the same server) arrive on EventAdmin only, as
 * {@link ContactTopics#CHANGED} marked {@link DomainEvents#REMOTE}: while it is active, the search subscribes to them
 * with an EventHandler of its own, registered on activation rather than declared as a service of the component, so
 * that a colleague's change does not start the index in a process that never searches (the command line).
 */
@Component(service = ContactSearch.class)
public class LuceneContactSearch implements ContactSearch {

    /** Where the index lives, below the workspace. */
    static final String INDEX_FOLDER = ".metadata/.plugins/org.rapport.contacts/search-index";

    private final ContactService contacts;
    private final ContactEvents events;
    private final IndexKeeper keeper;
    private final String unavailable;
    private final Consumer<Event> listener;
    private ServiceRegistration<EventHandler> colleaguesChanges;

    /**
     * Used by DS: the index in the workspace (the OSGi instance location), in memory without a workspace, following
     * the changes of this process and of colleagues.
     */
    @Activate
    public LuceneContactSearch(@Reference ContactsUnit unit, @Reference ContactEvents events,
            @Reference ContactService contacts,
            @Reference(name = "workspace", target = "(type=osgi.instance.area)") Location workspace,
            BundleContext context) {
        this(unit, events, contacts, indexFolder(workspace));
        if (keeper != null) {
            colleaguesChanges = context.registerService(EventHandler.class, listener::accept, remoteChanges());
        }
    }

    /** Contacts changes that other processes committed, and the bulk change after some of them may have been missed. */
    private static Dictionary<String, Object> remoteChanges() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, ContactTopics.CHANGED);
        properties.put(EventConstants.EVENT_FILTER, "(" + DomainEvents.REMOTE + "=true)");
        return properties;
    }

    /** The index in {@code folder} ({@code null}: in memory), for tests and tools (the benchmark). */
    public LuceneContactSearch(ContactsUnit unit, ContactEvents events, ContactService contacts, Path folder) {
        this.contacts = contacts;
        this.events = events;
        IndexKeeper started = null;
        String problem = null;
        try {
            started = IndexKeeper.start(folder, unit);
        } catch (IOException | RuntimeException e) {
            problem = "The search index in " + folder + " cannot be opened (" + e.getMessage() + "). Searches use the"
                    + " database's names and emails instead. Is another Rapport using this workspace?";
            ILog.of(LuceneContactSearch.class).error(problem, e);
        }
        this.keeper = started;
        this.unavailable = problem;
        this.listener = started == null ? event -> { } : peopleChanged(started);
        events.addListener(listener);
    }

    /**
     * Re-indexes the people of each contacts change (a change without ids: compares the whole index with the
     * database, which also drops people deleted meanwhile); the timeline events of the same change are not for the
     * index.
     */
    private static Consumer<Event> peopleChanged(IndexKeeper keeper) {
        return event -> {
            if (ContactTopics.CHANGED.equals(event.getTopic())) {
                keeper.changed(Arrays.stream(DomainEvents.ids(event)).boxed().toList());
            }
        };
    }

    private static Path indexFolder(Location workspace) {
        URL url = workspace == null ? null : workspace.getURL();
        if (url == null) {
            return null;
        }
        try {
            return Path.of(URIUtil.toURI(url)).resolve(INDEX_FOLDER);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // not a local folder: keep the index in memory
        }
    }

    /** Stops indexing and closes the index. */
    @Deactivate
    public void stop() {
        if (colleaguesChanges != null) {
            try {
                colleaguesChanges.unregister();
            } catch (IllegalStateException e) {
                // unregistered already, with the stopping bundle
            }
        }
        events.removeListener(listener);
        if (keeper != null) {
            keeper.stop();
        }
    }

    @Override
    public SearchResult search(String text, int limit) {
        SearchResult found = keeper == null ? null : keeper.search(text, limit);
        if (found != null) {
            return found;
        }
        if (text == null || text.isBlank()) {
            return SearchResult.empty(text);
        }
        ContactQuery query = ContactQuery.ALL.withPrefix(text);
        List<PersonRow> rows = contacts.page(query, 0, limit);
        return new SearchResult(text, rows, rows.size() < limit ? rows.size() : contacts.count(query), false);
    }

    @Override
    public long[] ids(String text, int max) {
        long[] found = keeper == null ? null : keeper.ids(text, max);
        if (found != null) {
            return found;
        }
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        long[] all = contacts.ids(ContactQuery.ALL.withPrefix(text));
        return all.length <= max ? all : Arrays.copyOf(all, max);
    }

    @Override
    public SearchIndexStatus status() {
        return keeper == null ? new SearchIndexStatus(State.FAILED, 0, 0, 0, unavailable) : keeper.status();
    }

    @Override
    public void rebuild() {
        if (keeper != null) {
            keeper.rebuild();
        }
    }

    /** Waits until the index has applied every change so far; for tests and the benchmark. */
    public boolean awaitIndexed(long timeoutMillis) throws InterruptedException {
        return keeper == null || keeper.awaitIdle(timeoutMillis);
    }
}
