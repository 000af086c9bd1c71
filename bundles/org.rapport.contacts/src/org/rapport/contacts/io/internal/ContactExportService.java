package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ExportResult;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.persistence.access.UnitAccess;

/** The contact exporter: people are read a page at a time and written as they come. */
@Component(service = ContactExporter.class)
public class ContactExportService implements ContactExporter {

    private final UnitAccess access;
    private final ContactService contacts;

    @Activate
    public ContactExportService(@Reference ContactsUnit unit, @Reference ContactService contacts) {
        this.access = unit;
        this.contacts = contacts;
    }

    @Override
    public ExportResult export(ContactSelection selection, ContactFormat format, Path target, IProgressMonitor monitor)
            throws IOException {
        long[] ids = switch (selection) {
            case ContactSelection.Ids some -> some.ids();
            case ContactSelection.Query query -> contacts.ids(query.query());
        };
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + ids.length + " people to " + target.getFileName(),
                ids.length);
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        int written = 0;
        boolean cancelled = false;
        EntityManager em = access.createEntityManager();
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                PersonWriter writer = writer(format, out, em)) {
            for (int from = 0; from < ids.length && !cancelled; from += PersonLoader.PAGE) {
                List<Long> page = new ArrayList<>(PersonLoader.PAGE);
                for (int i = from; i < Math.min(ids.length, from + PersonLoader.PAGE); i++) {
                    page.add(ids[i]);
                }
                for (PersonEntity person : PersonLoader.page(em, page)) {
                    writer.write(person);
                    written++;
                }
                em.clear();
                progress.worked(page.size());
                cancelled = progress.isCanceled();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        } finally {
            em.close();
        }
        if (cancelled) {
            Files.deleteIfExists(part);
            return new ExportResult(target, format, written, true);
        }
        try {
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ExportResult(target, format, written, false);
    }

    private PersonWriter writer(ContactFormat format, Writer out, EntityManager em) throws IOException {
        if (format == ContactFormat.VCARD) {
            return new VCardPersonWriter(out);
        }
        List<String> customKeys = contacts.customFields().stream().map(CustomFieldDefinition::getKey).toList();
        return new CsvPersonWriter(out, new RapportCsvColumns(widest(em, "emails"), widest(em, "phones"),
                widest(em, "addresses"), widest(em, "memberships"), widest(em, "socialProfiles"), customKeys));
    }

    /** How many entries the fullest collection of anyone has (at least 1, so the columns are always there). */
    private static int widest(EntityManager em, String collection) {
        Integer max = em.createQuery("SELECT MAX(INDEX(e)) FROM Person p JOIN p." + collection + " e", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
