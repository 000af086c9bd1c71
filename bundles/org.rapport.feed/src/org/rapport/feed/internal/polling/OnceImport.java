package org.rapport.feed.internal.polling;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.feed.FeedService;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.internal.registry.SourceTypeRegistry;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.ParseResult;

/**
 * Reads a file or a URL once (no source is created), with the type named or the one detected from the name and the
 * first bytes, and stores its posts under source 0. Every refusal names the input and says why.
 */
final class OnceImport {

    /** The largest file read (an export of a few hundred thousand posts fits). */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final int HEAD_BYTES = 4096;

    private final SourceTypeRegistry registry;
    private final FeedService feed;
    private final FeedHttp http;

    OnceImport(SourceTypeRegistry registry, FeedService feed, FeedHttp http) {
        this.registry = registry;
        this.feed = feed;
        this.http = http;
    }

    ImportSummary run(String fileOrUrl, String typeId, IProgressMonitor monitor) throws FeedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + fileOrUrl, 10);
        String input = fileOrUrl == null ? "" : fileOrUrl.trim();
        if (input.isEmpty()) {
            throw new FeedException(Kind.NOT_FOUND, "Name a file or an http(s) URL to import.");
        }
        boolean url = input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8);
        byte[] content = url ? download(input) : read(input);
        progress.worked(3);
        checkCanceled(progress);
        String name = url ? urlPath(input) : Path.of(input).getFileName().toString();
        FeedSourceType type = type(input, name, content, typeId);
        ParseResult parsed;
        try {
            parsed = type.parse(content, input);
        } catch (RuntimeException e) {
            throw new FeedException(Kind.MALFORMED, input + " could not be read: " + e, e);
        }
        progress.worked(4);
        checkCanceled(progress);
        ImportSummary summary = feed.store(0, parsed);
        progress.worked(3);
        return summary;
    }

    private FeedSourceType type(String input, String name, byte[] content, String typeId) throws FeedException {
        String id = typeId;
        if (id == null) {
            byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
            id = registry.detect(name, head).map(SourceTypeInfo::id).orElseThrow(() -> new FeedException(Kind.MALFORMED,
                    input + " is not a feed or export Rapport recognises (" + typeNames()
                            + "); if it is one, name its type."));
        }
        String wanted = id;
        return registry.type(wanted).orElseThrow(() -> new FeedException(Kind.NOT_FOUND,
                input + " cannot be read as '" + wanted + "': no such source type is installed; installed: "
                        + registry.types().stream().map(SourceTypeInfo::id).collect(Collectors.joining(", "))));
    }

    private String typeNames() {
        return registry.types().stream().map(SourceTypeInfo::name).collect(Collectors.joining(", "));
    }

    private static byte[] read(String input) throws FeedException {
        Path file;
        try {
            file = Path.of(input);
        } catch (InvalidPathException e) {
            throw new FeedException(Kind.NOT_FOUND, input + " is not a file name or an http(s) URL: " + e.getReason());
        }
        try {
            if (Files.isDirectory(file)) {
                throw new FeedException(Kind.NOT_FOUND, input + " is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new FeedException(Kind.MALFORMED, input + " is " + size / (1024 * 1024) + " MB; at most "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB are imported at once: split the export.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte past the limit: a file that grows while it is read is still bounded
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    throw new FeedException(Kind.MALFORMED, input + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new FeedException(Kind.NOT_FOUND, input + " does not exist.");
        } catch (IOException e) {
            throw new FeedException(Kind.NOT_FOUND, input + " cannot be read: " + e.getMessage(), e);
        }
    }

    private byte[] download(String input) throws FeedException {
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            throw new FeedException(Kind.NOT_FOUND, input + " is not a valid URL: " + e.getReason());
        }
        try {
            return http.get(uri, null, null, "*/*").body();
        } catch (FeedException e) {
            throw e.getMessage() != null && e.getMessage().contains(input) ? e
                    : new FeedException(e.kind(), input + ": " + e.getMessage(), e.retryAfter().orElse(null), e);
        }
    }

    private static String urlPath(String url) {
        try {
            String path = new URI(url).getPath();
            return path == null || path.isEmpty() ? url : path.substring(path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
