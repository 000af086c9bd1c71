package org.rapport.contacts.internal.duplicates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.persistence.access.Audited;

/**
 * A person frozen exactly, every field (id, names, segmentation, consent, notes, every list and custom value, audit
 * fields), for undoing a merge. The bytes are a header naming the format and its version, then the person in Java
 * serialization; reading admits only the contacts model's classes and the JDK value types they use, so a tampered
 * record cannot make the reader build other objects. Java serialization is used because it captures every field the
 * model has, including fields added later, without a mapping to keep in step. Snapshots written before a model class
 * moved are read into the class it moved to ({@link #MOVED}: same fields, same serialVersionUID), so a merge made by an
 * older Rapport can still be undone.
 */
public final class PersonSnapshots {

    private static final byte[] HEADER = "rapport-person-snapshot 1\n".getBytes(StandardCharsets.US_ASCII);
    /** Version 2: the person's first-release fields, then the fields added since (the name the person goes by). */
    private static final byte[] HEADER_2 = "rapport-person-snapshot 2\n".getBytes(StandardCharsets.US_ASCII);

    /** The classes of the model that moved since the first snapshots, by the name snapshots know them by. */
    private static final Map<String, Class<?>> MOVED = Map.of(
            "org.rapport.contacts.model.Audited", Audited.class,
            "org.rapport.contacts.model.Person", PersonEntity.class,
            "org.rapport.contacts.model.EmailAddress", EmailAddressEmbeddable.class,
            "org.rapport.contacts.model.PhoneNumber", PhoneNumberEmbeddable.class,
            "org.rapport.contacts.model.PostalAddress", PostalAddressEmbeddable.class,
            "org.rapport.contacts.model.SocialProfile", SocialProfileEmbeddable.class,
            "org.rapport.contacts.model.Membership", MembershipEmbeddable.class,
            "org.rapport.contacts.model.CustomFieldValue", CustomFieldValueEmbeddable.class);

    private static final ObjectInputFilter ALLOWED = info -> {
        Class<?> type = info.serialClass();
        if (info.depth() > 20 || info.references() > 100_000 || info.arrayLength() > 10_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        boolean allowed = type.isPrimitive() || name.startsWith("org.rapport.contacts.internal.model.")
                || name.startsWith("org.rapport.contacts.model.") || name.equals(Audited.class.getName())
                || name.startsWith("java.time.") || name.equals("java.util.ArrayList") || name.startsWith("java.math.")
                || name.equals("java.lang.Object") || name.equals("java.lang.Number") || name.equals("java.lang.Enum") || name.equals("java.lang.String")
                || name.equals("java.lang.Boolean") || name.equals("java.lang.Integer") || name.equals("java.lang.Long");
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private PersonSnapshots() {
    }

    /** The snapshot of a person (take a {@link PersonEntity#copy()} of a managed one). */
    public static byte[] write(PersonEntity person) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HEADER_2);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(person);
            out.writeUTF(person.getKnownAs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The person in a snapshot.
     *
     * @throws IllegalArgumentException when the bytes are not a snapshot this version reads
     */
    public static PersonEntity read(byte[] snapshot) {
        boolean second = startsWith(snapshot, HEADER_2);
        if (!second && !startsWith(snapshot, HEADER)) {
            throw new IllegalArgumentException("The merge record holds no person snapshot this Rapport can read"
                    + " (expected '" + new String(HEADER, StandardCharsets.US_ASCII).trim() + "' or '"
                    + new String(HEADER_2, StandardCharsets.US_ASCII).trim() + "').");
        }
        InputStream in = new ByteArrayInputStream(snapshot, HEADER.length, snapshot.length - HEADER.length);
        try (ObjectInputStream objects = new ModelObjectInputStream(in)) {
            objects.setObjectInputFilter(ALLOWED);
            PersonEntity person = (PersonEntity) objects.readObject();
            person.setKnownAs(second ? objects.readUTF() : "");
            return person;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("The person snapshot in the merge record cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] header) {
        return bytes.length >= header.length && Arrays.equals(bytes, 0, header.length, header, 0, header.length);
    }

    /** Resolves the model's classes through the contacts bundle, which the default (caller's) loader may not see. */
    private static final class ModelObjectInputStream extends ObjectInputStream {
        ModelObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, PersonEntity.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }

        /** A moved class's description in the stream stands for the class it moved to (same fields, same order). */
        @Override
        protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
            ObjectStreamClass written = super.readClassDescriptor();
            Class<?> moved = MOVED.get(written.getName());
            return moved == null ? written : ObjectStreamClass.lookup(moved);
        }

        @Override
        protected Class<?> resolveProxyClass(String[] interfaces) throws InvalidClassException {
            throw new InvalidClassException("proxies are not part of a person snapshot");
        }
    }
}
