package org.rapport.contacts.io.internal;

import java.io.IOException;

import org.rapport.contacts.internal.model.PersonEntity;


/** Writes people to an export file, one at a time. */
interface PersonWriter extends AutoCloseable {

    void write(PersonEntity person) throws IOException;

    @Override
    void close() throws IOException;
}
