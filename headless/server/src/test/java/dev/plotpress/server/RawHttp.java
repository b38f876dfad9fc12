package dev.plotpress.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written by hand on a socket, for what a well-behaved client library will not send: a body far larger than
 * announced limits, a body one byte a second.
 */
final class RawHttp {
    interface Body {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private RawHttp() {
    }

    /** Sends the request head and body and returns the whole response as text (the server closes or the body ends). */
    static String exchange(int port, String head, Body body) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                body.write(out);
                out.flush();
            } catch (SocketException e) {
                // the server answered and closed before the body was all sent: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                response.write(buffer, 0, n);
                String text = response.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0 && text.contains("Content-Length: ")) {
                    int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                    if (response.size() >= end + 4 + length) {
                        break;
                    }
                }
            }
        } catch (SocketException e) {
            // reset after the answer: keep what arrived
        }
        return response.toString(StandardCharsets.UTF_8);
    }
}
