package org.rapport.feed.internal.sources.rss;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.located.LocatedJDOMFactory;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.xml.sax.InputSource;

import com.rometools.rome.io.XmlReader;

/**
 * Reads feed XML without ever resolving a DOCTYPE or an entity: documents with a DOCTYPE are refused (so no file or URL
 * is read through an entity and no entity bomb is expanded), external DTDs are never loaded. The encoding is found as
 * ROME's {@link XmlReader} finds it (byte order mark, XML prolog, HTTP charset) and then decoded strictly, so bytes
 * that are not in that encoding are reported with their line instead of being silently replaced. Elements keep their
 * line numbers for problem locations.
 */
final class SafeXml {

    private SafeXml() {
    }

    /**
     * Parses content.
     *
     * @param contentType the HTTP {@code Content-Type}, or {@code null} for a file
     */
    static Document parse(byte[] content, String contentType, String origin) throws FeedException {
        String text = decode(content, contentType, origin);
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING, null, new LocatedJDOMFactory());
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            return builder.build(new StringReader(text));
        } catch (JDOMParseException e) {
            throw notWellFormed(e, origin);
        } catch (JDOMException | IOException e) {
            throw new FeedException(Kind.MALFORMED, origin + " could not be read as XML: " + e.getMessage(), e);
        }
    }

    private static FeedException notWellFormed(JDOMParseException e, String origin) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        String at = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        if (message.contains("DOCTYPE")) {
            return new FeedException(Kind.MALFORMED, origin + " declares a DOCTYPE (" + at + "); Rapport refuses "
                    + "feeds with DOCTYPEs, as their entities could read files or addresses or expand without end; "
                    + "nothing of it was read", e);
        }
        if (message.contains("must start and end within the same entity") || message.contains("Premature end")) {
            return new FeedException(Kind.MALFORMED, origin + " ends before the XML is complete (" + at
                    + "): the file is truncated or the download was cut off; nothing of it was read", e);
        }
        return new FeedException(Kind.MALFORMED, origin + " is not well-formed XML at " + at + ": " + message
                + "; nothing of it was read", e);
    }

    private static String decode(byte[] content, String contentType, String origin) throws FeedException {
        if (content.length == 0) {
            throw new FeedException(Kind.MALFORMED, origin + " is empty, not a feed");
        }
        String encoding;
        // a Content-Type without charset says nothing useful (RFC 3023 would make text/xml US-ASCII): read the bytes
        try (XmlReader reader = contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).contains("charset")
                ? new XmlReader(new ByteArrayInputStream(content), true)
                : new XmlReader(new ByteArrayInputStream(content), contentType, true)) {
            encoding = reader.getEncoding();
        } catch (IOException e) {
            throw new FeedException(Kind.MALFORMED, origin + " names an encoding Rapport cannot read: "
                    + e.getMessage(), e);
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedException(Kind.MALFORMED, origin + " declares the encoding \"" + encoding
                    + "\", which Rapport does not know", e);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            boolean declared = declaresEncoding(content) || contentType != null && contentType.contains("charset");
            throw new FeedException(Kind.MALFORMED, origin + " is not valid " + charset.name() + " at line "
                    + line(content, offset) + " (byte " + offset + "): "
                    + (declared ? "the bytes do not match the encoding it declares"
                            : "it declares no encoding, so " + charset.name() + " was assumed")
                    + "; save it in the encoding it declares, or declare the real one in <?xml ... encoding=\"...\"?>",
                    new CharacterCodingException());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static boolean declaresEncoding(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = start.indexOf("?>");
        return start.contains("<?xml") && end > 0 && start.substring(0, end).contains("encoding");
    }

    private static int line(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
