package org.rapport.contacts.io;

/**
 * The outcome of an export.
 *
 * @param file      the file written (complete; a cancelled export leaves no file)
 * @param format    its format
 * @param people    how many people it holds
 * @param cancelled whether the user cancelled
 */
public record ExportResult(java.nio.file.Path file, ContactFormat format, int people, boolean cancelled) {
}
