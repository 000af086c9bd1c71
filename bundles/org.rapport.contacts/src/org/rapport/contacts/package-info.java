/**
 * The contacts domain's services, available as OSGi services: the {@link org.rapport.contacts.ContactService} for
 * people and organizations, with list queries shaped for virtual tables over a million rows.
 */
package org.rapport.contacts;
