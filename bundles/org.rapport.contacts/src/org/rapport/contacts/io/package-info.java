/**
 * Importing and exporting contacts: CSV (Google Contacts, Outlook and Rapport's own layout) and vCard 2.1, 3.0 and
 * 4.0. The {@link org.rapport.contacts.io.ContactImporter} and {@link org.rapport.contacts.io.ContactExporter} are
 * OSGi services; the Import and Export wizards and {@code rapport-cli import/export} are built on them.
 * <p>
 * A wizard works in three steps: {@link org.rapport.contacts.io.ContactImporter#inspect inspect} the file (format,
 * encoding, columns, sample rows and a suggested {@link org.rapport.contacts.io.ColumnMapping}) for the
 * column-mapping page, {@link org.rapport.contacts.io.ContactImporter#preview preview} what would be created,
 * updated and rejected, then {@link org.rapport.contacts.io.ContactImporter#importFile import} in a cancellable job.
 */
package org.rapport.contacts.io;
