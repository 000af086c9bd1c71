package org.rapport.contacts.io.internal;

import java.io.IOException;

/** Reads the people of a vCard file, card by card. */
final class VCardContactReader implements ContactReader {

    private final TextInput input;
    private final VCardSplitter splitter;
    private final VCardMapper mapper;

    VCardContactReader(InputFile file, VCardMapper mapper) throws IOException {
        this.input = new TextInput(file);
        this.splitter = new VCardSplitter(input.reader());
        this.mapper = mapper;
    }

    @Override
    public IncomingContact next() throws IOException {
        VCardSplitter.Card card = splitter.next();
        return card == null ? null : mapper.map(card);
    }

    /** Non-blank lines outside any card; a file with such lines and no card is no vCard file. */
    long strayLines() {
        return splitter.strayLines();
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
