package com.example.rapport.discourse.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forum on the loopback interface that serves one {@code latest.json} with an {@code ETag} and answers 304 when the
 * request sends that tag back. A plain socket server, so the test needs no JDK-internal HTTP server package.
 */
final class LoopbackForum implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] body;
    private final String etag;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final Thread thread;

    LoopbackForum(byte[] body, String etag) throws IOException {
        this.body = body;
        this.etag = etag;
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "loopback forum");
        thread.setDaemon(true);
        thread.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The paths requested so far. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                answer(socket);
            } catch (IOException e) {
                // closed, or a client gave up: serve the next one
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String request = in.readLine();
        if (request == null) {
            return;
        }
        paths.add(request.split(" ")[1]);
        boolean sameTag = false;
        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase().startsWith("if-none-match:") && header.substring(14).trim().equals(etag)) {
                sameTag = true;
            }
        }
        OutputStream out = socket.getOutputStream();
        if (sameTag) {
            out.write(("HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: " + etag + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
