/**
 * Keeping the database clean: the {@link org.rapport.contacts.duplicates.DuplicateService} scans for people recorded
 * twice (same email, handle or phone, similar names), merges them with a choice per field, and undoes merges.
 */
package org.rapport.contacts.duplicates;
