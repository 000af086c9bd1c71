/**
 * The Contacts perspective's public face: the ids of its perspective, views, editor, menus and commands
 * ({@link org.rapport.contacts.ui.ContactsUi}) and the editor input that opens a person
 * ({@link org.rapport.contacts.ui.ContactEditorInput}).
 */
package org.rapport.contacts.ui;
