package org.rapport.contacts.io;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Exports people to vCard 4.0 or CSV. Available as an OSGi service; call it from a background job. People are read a
 * page at a time, so a million-person export needs little memory.
 * <p>
 * vCard: one card per person with name, emails, phones, addresses, birthday, gender, language, organizations and
 * roles, tags (CATEGORIES), notes, the name the person is known by (FN), social profiles as {@code SOCIALPROFILE}
 * (RFC 9554, with Rapport's followers and verification as parameters) and as {@code URL}; income band, owner, consent
 * and custom fields as {@code X-RAPPORT-...} properties. CSV: Rapport's own header ("First Name", "Display Name",
 * "Email 1", "Social 1 Network"...), which the {@link MappingPreset#DEFAULT default mapping} imports again unchanged;
 * a cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
 * first) is written as text behind an apostrophe, which the import takes off again; phone numbers and amounts stay
 * as they are.
 */
public interface ContactExporter {

    /**
     * Writes the selected people to {@code target} (replaced if it exists; written beside it first, so a failed or
     * cancelled export never leaves half a file).
     *
     * @throws IOException when the file cannot be written
     */
    ExportResult export(ContactSelection selection, ContactFormat format, Path target, IProgressMonitor monitor)
            throws IOException;
}
