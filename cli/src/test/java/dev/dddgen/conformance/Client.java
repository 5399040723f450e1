package dev.dddgen.conformance;

import dev.dddgen.api.Api;
import dev.dddgen.testing.IdentityProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends requests to one service over loopback. Every request carries a fresh X-Request-Id (unless
 * told not to) and a bearer token (one allowed everything, unless the request names its own
 * Authorization) that must never reach the log; the ids sent are kept so the suite can check they
 * came back.
 */
final class Client {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String prefix;
  private final String token;
  private int sequence;

  Client(URI base, String prefix, String token) {
    this.base = base;
    this.prefix = prefix;
    this.token = token;
  }

  /**
   * A client of {@code service} whose token carries every role the api names: the caller the
   * contract's cases use, which access rules never stop.
   */
  static Client withEveryRole(Api api, Service service, String prefix) {
    return new Client(
        service.base(),
        prefix + "-" + service.target(),
        IdentityProvider.shared()
            .rs256(
                IdentityProvider.claims(
                    "conformance",
                    IdentityProvider.rolesClaim(api),
                    IdentityProvider.allRoles(api))));
  }

  /** A request: its method, path with query, JSON body (null for none) and extra headers. */
  record Request(String method, String path, String body, Map<String, String> headers) {
    Request {
      headers = Map.copyOf(headers);
    }

    static Request of(String method, String path, String body, String... nameValues) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 0; i + 1 < nameValues.length; i += 2) {
        headers.put(nameValues[i], nameValues[i + 1]);
      }
      return new Request(method, path, body, headers);
    }

    /** {@code PUT /orders/{id}}: the path with ids left out, for failure messages. */
    String describe() {
      return method + " " + path + (headers.isEmpty() ? "" : " " + headers);
    }
  }

  /** The X-Request-Id the next request will carry. */
  String nextRequestId() {
    return prefix + "-" + (sequence + 1);
  }

  /** Sends {@code request}: a body goes as application/json unless its headers say otherwise. */
  Answer send(Request request) {
    return send(request, true);
  }

  /** Sends {@code request}, with a request id of ours or (when {@code withId} is false) without. */
  Answer send(Request request, boolean withId) {
    return answer(exchange(request, withId));
  }

  /** Sends {@code request} with a request id; the whole response, every header. */
  HttpResponse<String> exchange(Request request) {
    return exchange(request, true);
  }

  private HttpResponse<String> exchange(Request request, boolean withId) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(request.path())).timeout(TIMEOUT);
    // A request naming its own Authorization sends that, or none when it is empty.
    String authorization = request.headers().getOrDefault("Authorization", "Bearer " + token);
    if (!authorization.isEmpty()) {
      builder.header("Authorization", authorization);
    }
    if (withId) {
      builder.header("X-Request-Id", prefix + "-" + ++sequence);
    }
    if (request.body() != null) {
      builder
          .header("Content-Type", "application/json")
          .method(
              request.method(), BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    } else {
      builder.method(request.method(), BodyPublishers.noBody());
    }
    request.headers().entrySet().stream()
        .filter(header -> !header.getKey().equals("Authorization"))
        .forEach(header -> builder.setHeader(header.getKey(), header.getValue()));
    try {
      return HTTP.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.describe() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The contract's part of {@code response}. */
  static Answer answer(HttpResponse<String> response) {
    var headers = response.headers();
    return new Answer(
        response.statusCode(),
        headers.firstValue("Content-Type").orElse(""),
        headers.firstValue("ETag"),
        headers.firstValue("Allow"),
        headers.firstValue("Location"),
        headers.firstValue("X-Request-Id"),
        response.body(),
        headers.firstValue("WWW-Authenticate"));
  }

  /**
   * POSTs {@code body} over a plain socket, declared by Content-Length or chunked, writing it on
   * another thread: a server that answers 413 stops reading, which an HTTP client may report as a
   * broken connection instead of the answer.
   */
  Answer postRaw(String path, byte[] body, boolean chunked) throws Exception {
    String requestId = prefix + "-" + ++sequence;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getAuthority()
              + "\r\nX-Request-Id: "
              + requestId
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
              + (chunked
                  ? "Transfer-Encoding: chunked\r\n"
                  : "Content-Length: " + body.length + "\r\n")
              + "\r\n";
      Thread writer = new Thread(() -> write(out, head, body, chunked), "conformance-big-body");
      writer.setDaemon(true);
      writer.start();
      String text = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
      writer.join(TIMEOUT.toMillis());
      return parse(text);
    }
  }

  private static void write(OutputStream out, String head, byte[] body, boolean chunked) {
    try {
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      if (chunked) {
        for (int offset = 0; offset < body.length; offset += 64 * 1024) {
          int n = Math.min(64 * 1024, body.length - offset);
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, offset, n);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(body);
      }
      out.flush();
    } catch (IOException e) {
      // expected: the server stops reading once it has answered
    }
  }

  /** An HTTP/1.1 answer as read off the wire (a chunked body is joined). */
  private static Answer parse(String text) {
    String[] parts = text.split("\r\n\r\n", 2);
    String[] lines = parts[0].split("\r\n");
    if (!lines[0].startsWith("HTTP/1.1 ")) {
      throw new IllegalStateException("not an HTTP answer: " + text);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    String body = parts.length > 1 ? parts[1] : "";
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return new Answer(
        Integer.parseInt(lines[0].split(" ")[1]),
        headers.getOrDefault("content-type", ""),
        Optional.ofNullable(headers.get("etag")),
        Optional.ofNullable(headers.get("allow")),
        Optional.ofNullable(headers.get("location")),
        Optional.ofNullable(headers.get("x-request-id")),
        body);
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    String rest = chunked;
    while (true) {
      int eol = rest.indexOf("\r\n");
      if (eol < 0) {
        return body.toString();
      }
      int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(rest, eol + 2, eol + 2 + size);
      rest = rest.substring(eol + 2 + size + 2);
    }
  }

  /** Reads until the server closes; a reset after some of the answer arrived is not an error. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) != -1; ) {
        buffer.write(chunk, 0, n);
      }
    } catch (SocketException e) {
      if (buffer.size() == 0) {
        throw e;
      }
    }
    return buffer.toByteArray();
  }
}
