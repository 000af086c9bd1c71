package org.rapport.loyalty.ui.internal.enrol;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.contacts.segments.SegmentService;

/**
 * The contacts' saved segments, which the enrol dialog offers to enrol as a whole. The contacts domain is optional: this class is
 * loaded only when {@link #available()} says its service is there, so the loyalty UI runs without contacts. Call from
 * a background job.
 */
final class Segments {

    static final String SEGMENT_SERVICE = "org.rapport.contacts.segments.SegmentService";

    /** A saved segment as the enrol dialog offers it. */
    record Choice(long id, String name) {
    }

    private Segments() {
    }

    /** Whether the contacts' segment service is registered and its package wired to this bundle. */
    static boolean available() {
        BundleContext context = context();
        if (context == null || context.getServiceReference(SEGMENT_SERVICE) == null) {
            return false;
        }
        try {
            Segments.class.getClassLoader().loadClass(SEGMENT_SERVICE);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // installed, but its package is not wired to this bundle (it came after the resolve)
        }
    }

    /** The saved segments, by name. */
    static List<Choice> choices() {
        return withService(service -> service.segments().stream().map(s -> new Choice(s.getId(), s.getName()))
                .toList());
    }

    private static <R> R withService(java.util.function.Function<SegmentService, R> work) {
        BundleContext context = context();
        ServiceReference<SegmentService> reference = context.getServiceReference(SegmentService.class);
        if (reference == null) {
            throw new IllegalStateException("The contacts' segments are not available.");
        }
        SegmentService service = context.getService(reference);
        try {
            return work.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(Segments.class).getBundleContext();
    }
}
