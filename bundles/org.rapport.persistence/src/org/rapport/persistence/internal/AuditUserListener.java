package org.rapport.persistence.internal;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.access.Audited;

/**
 * Writes who is working into the audit columns of every {@link Audited} entity of a unit: {@code CREATED_BY} and
 * {@code UPDATED_BY} when it is persisted, {@code UPDATED_BY} with every update. Registered on the unit's descriptors
 * when its factory is built, so the name comes from the database the unit is on (the server login in team mode), not
 * from a process-wide holder.
 */
final class AuditUserListener extends DescriptorEventAdapter {

    private static final String CREATED_BY = "createdBy";
    private static final String UPDATED_BY = "updatedBy";

    private final RapportUser user;

    private AuditUserListener(RapportUser user) {
        this.user = user;
    }

    /** Registers a listener on every audited entity of the factory's unit. */
    static void register(EntityManagerFactory emf, RapportUser user) {
        AuditUserListener listener = new AuditUserListener(user);
        Session session = emf.unwrap(Session.class);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            // a subclass's events reach its root's listeners: one registration per hierarchy
            if (Audited.class.isAssignableFrom(descriptor.getJavaClass()) && !descriptor.isChildDescriptor()) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }

    /**
     * Before the entity's own {@code @PrePersist} callbacks (EclipseLink notifies descriptor listeners first), so an
     * entity may copy the name into a column of its own.
     */
    @Override
    public void prePersist(DescriptorEvent event) {
        String name = user.name();
        set(event, CREATED_BY, name);
        set(event, UPDATED_BY, name);
    }

    /**
     * In the same phase as the entity's own {@code @PreUpdate} callback (which sets the update time): EclipseLink
     * computes the change set again after it, so the name goes into the row. Not {@code aboutToUpdate} with
     * {@code updateAttributeWithObject}: with the shared cache off (server databases) that fails with a
     * NullPointerException inside EclipseLink.
     */
    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        set(event, UPDATED_BY, user.name());
    }

    private static void set(DescriptorEvent event, String attribute, String value) {
        DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(attribute);
        mapping.setAttributeValueInObject(event.getObject(), value);
    }
}
