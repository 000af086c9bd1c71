/**
 * The contacts model: people with their segmentation and social footprint, organizations, per-installation custom
 * fields, and the contact events of the timeline. Instances handed out by the services are detached copies with every
 * collection loaded; change them and give them back to {@link org.rapport.contacts.ContactService#save}.
 */
package org.rapport.contacts.model;
