/**
 * The contacts model as the services exchange it: people with their segmentation and social footprint, organizations
 * and per-installation custom fields. Plain objects, no persistence in them (the entities are internal to the bundle):
 * instances handed out by the services are detached copies with every list loaded, carrying the {@link
 * org.rapport.core.Revision} they were read at; change them and give them back to
 * {@link org.rapport.contacts.ContactService#save}.
 */
package org.rapport.contacts.model;
