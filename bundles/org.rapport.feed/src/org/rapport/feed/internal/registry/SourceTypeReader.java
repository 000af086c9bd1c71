package org.rapport.feed.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.sources.FeedSourceType;

/**
 * Reads the {@code sourceType} elements of the extension point defensively: a contribution with a missing id, name,
 * network or class, a duplicate id, a class that cannot be loaded, that throws in its constructor or that is not a
 * {@link FeedSourceType} is reported (naming the contributing bundle) and left out; the others are read.
 * <p>
 * Of two contributions with the same id, Rapport's own wins (a plugin cannot replace {@code rss} by accident), and
 * between plugins the one of the bundle whose name sorts first, so the outcome does not depend on install order.
 */
final class SourceTypeReader {

    static final String OWN_BUNDLE = "org.rapport.feed";
    static final String CATCH_ALL_ID = "rss";
    private static final int DEFAULT_POLL_MINUTES = 15;

    /**
     * What one read produced.
     *
     * @param types    the types, in the order they are asked to recognise a location
     * @param problems what was left out and why
     */
    record Result(List<SourceTypeDescriptor> types, MultiStatus problems) {
    }

    private SourceTypeReader() {
    }

    /**
     * Reads the elements.
     *
     * @param elements the configuration elements of the point
     * @param created  types created by a previous read, by element, reused so a re-read does not re-create them;
     *                 updated with what this read creates
     */
    static Result read(IConfigurationElement[] elements, Map<IConfigurationElement, FeedSourceType> created) {
        MultiStatus problems = new MultiStatus(OWN_BUNDLE, 0,
                "Some contributions to org.rapport.feed.sourceTypes were left out", null);
        List<IConfigurationElement> candidates = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            if (!"sourceType".equals(element.getName())) {
                continue;
            }
            String missing = missingAttributes(element);
            if (missing != null) {
                problems.add(error(element, "A source type without " + missing + " was left out"
                        + idSuffix(element), null));
            } else {
                candidates.add(element);
            }
        }
        candidates.sort(Comparator.comparing((IConfigurationElement e) -> !isOwn(e))
                .thenComparing(SourceTypeReader::contributor));
        Map<String, String> claimedBy = new HashMap<>();
        List<SourceTypeDescriptor> types = new ArrayList<>();
        Map<IConfigurationElement, FeedSourceType> stillUsed = new HashMap<>();
        for (IConfigurationElement element : candidates) {
            String id = element.getAttribute("id").trim();
            String first = claimedBy.get(id);
            if (first != null) {
                problems.add(error(element, "The source type id \"" + id + "\" is already contributed by " + first
                        + "; this one was left out", null));
                continue;
            }
            FeedSourceType type = created.get(element);
            if (type == null) {
                type = create(element, problems);
            }
            if (type == null) {
                continue;
            }
            claimedBy.put(id, contributor(element));
            stillUsed.put(element, type);
            types.add(describe(element, id, type, problems));
        }
        created.keySet().retainAll(stillUsed.keySet());
        created.putAll(stillUsed);
        types.sort(Comparator.comparing(SourceTypeDescriptor::catchAll).thenComparing(SourceTypeDescriptor::own)
                .thenComparing(d -> d.info().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SourceTypeDescriptor::id));
        return new Result(List.copyOf(types), problems);
    }

    private static FeedSourceType create(IConfigurationElement element, MultiStatus problems) {
        String className = element.getAttribute("class");
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof FeedSourceType type) {
                return type;
            }
            problems.add(error(element, "The class " + className + " of source type \"" + element.getAttribute("id")
                    + "\" does not implement org.rapport.feed.sources.FeedSourceType; it was left out", null));
        } catch (CoreException | RuntimeException | LinkageError e) {
            problems.add(error(element, "The class " + className + " of source type \"" + element.getAttribute("id")
                    + "\" could not be loaded or created (" + rootMessage(e) + "); it was left out", e));
        }
        return null;
    }

    private static SourceTypeDescriptor describe(IConfigurationElement element, String id, FeedSourceType type,
            MultiStatus problems) {
        String name = element.getAttribute("name").trim();
        String network = element.getAttribute("network").trim().toLowerCase(Locale.ROOT);
        String example = element.getAttribute("example");
        int poll = DEFAULT_POLL_MINUTES;
        String pollText = element.getAttribute("pollMinutes");
        if (pollText != null && !pollText.isBlank()) {
            try {
                poll = Math.max(1, Integer.parseInt(pollText.trim()));
            } catch (NumberFormatException e) {
                problems.add(new Status(IStatus.WARNING, OWN_BUNDLE, "Source type \"" + id + "\" of "
                        + contributor(element) + " has pollMinutes=\"" + pollText + "\", not a number; using "
                        + DEFAULT_POLL_MINUTES));
            }
        }
        boolean own = isOwn(element);
        SourceTypeInfo info = new SourceTypeInfo(id, name, network, contributor(element),
                example == null ? "" : example.trim());
        return new SourceTypeDescriptor(info, poll, own, own && CATCH_ALL_ID.equals(id), type);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        if (e instanceof CoreException core && core.getStatus().getException() != null) {
            root = core.getStatus().getException();
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String missingAttributes(IConfigurationElement element) {
        List<String> missing = new ArrayList<>();
        for (String attribute : List.of("id", "name", "network", "class")) {
            String value = element.getAttribute(attribute);
            if (value == null || value.isBlank()) {
                missing.add(attribute);
            }
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    private static String idSuffix(IConfigurationElement element) {
        String id = element.getAttribute("id");
        return id == null || id.isBlank() ? "" : " (id \"" + id + "\")";
    }

    private static boolean isOwn(IConfigurationElement element) {
        return OWN_BUNDLE.equals(contributor(element));
    }

    static String contributor(IConfigurationElement element) {
        return element.getContributor() == null ? "an unknown bundle" : element.getContributor().getName();
    }

    private static IStatus error(IConfigurationElement element, String message, Throwable cause) {
        return new Status(IStatus.ERROR, OWN_BUNDLE, "Bundle " + contributor(element) + ": " + message, cause);
    }
}
