package dev.dddgen.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.testing.GeneratedBuilds;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NATS server with JetStream, built from the nats-server Go module the generated project requires
 * (in a throwaway module of its own, through the module proxy the machine's Go uses; no Docker),
 * and a small reader of a stream's stored messages built beside it from nats.go. Its port is fixed
 * when it is made, so it can be started after a service that already points at it, and its store
 * outlives a stop.
 */
final class NatsBroker implements Broker {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern REQUIRE =
      Pattern.compile("(?m)^\\s*(github\\.com/nats-io/(?:nats-server/v2|nats\\.go)) (v\\S+)");

  /**
   * Prints the messages a JetStream stream holds, oldest first, one a line (a CloudEvent in
   * structured JSON is one line); nothing when the stream does not exist yet.
   */
  private static final String READER =
      """
      package main

      import (
      	"context"
      	"errors"
      	"fmt"
      	"os"
      	"time"

      	"github.com/nats-io/nats.go"
      	"github.com/nats-io/nats.go/jetstream"
      )

      func main() {
      	if err := run(os.Args[1], os.Args[2]); err != nil {
      		fmt.Fprintln(os.Stderr, err)
      		os.Exit(1)
      	}
      }

      func run(url, name string) error {
      	nc, err := nats.Connect(url)
      	if err != nil {
      		return err
      	}
      	defer nc.Close()
      	js, err := jetstream.New(nc)
      	if err != nil {
      		return err
      	}
      	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
      	defer cancel()
      	stream, err := js.Stream(ctx, name)
      	if errors.Is(err, jetstream.ErrStreamNotFound) {
      		return nil
      	}
      	if err != nil {
      		return err
      	}
      	info, err := stream.Info(ctx)
      	if err != nil {
      		return err
      	}
      	consumer, err := stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{})
      	if err != nil {
      		return err
      	}
      	for i := uint64(0); i < info.State.Msgs; i++ {
      		msg, err := consumer.Next(jetstream.FetchMaxWait(10 * time.Second))
      		if err != nil {
      			return err
      		}
      		fmt.Println(string(msg.Data()))
      	}
      	return nil
      }
      """;

  private final Path dir;
  private final int port;
  private Process process;

  private NatsBroker(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /**
   * Builds nats-server and the stream reader in {@code dir}, at the versions {@code goMod} (the
   * generated project's go.mod) requires, with {@code go}; on a free loopback port, not started.
   */
  static NatsBroker prepare(Path go, String goMod, Path dir) throws Exception {
    Matcher require = REQUIRE.matcher(goMod);
    StringBuilder modules = new StringBuilder();
    while (require.find()) {
      modules.append('\t').append(require.group(1)).append(' ').append(require.group(2));
      modules.append('\n');
    }
    assertThat(modules).as("the generated go.mod requires nats-server and nats.go").isNotEmpty();
    Path module = Files.createDirectories(dir.resolve("module"));
    Files.writeString(
        module.resolve("go.mod"),
        // The server is a tool of the module, so go mod tidy keeps it though no code imports it.
        "module natsbroker\n\ngo 1.26.0\n\ntool github.com/nats-io/nats-server/v2\n\nrequire (\n"
            + modules
            + ")\n",
        StandardCharsets.UTF_8);
    Files.writeString(module.resolve("main.go"), READER, StandardCharsets.UTF_8);
    String goBinary = go.toString();
    GeneratedBuilds.run(module, Map.of(), goBinary, "mod", "tidy");
    GeneratedBuilds.run(module, Map.of(), goBinary, "build", "-o", "reader", ".");
    GeneratedBuilds.run(
        module,
        Map.of(),
        goBinary,
        "build",
        "-o",
        "nats-server",
        "github.com/nats-io/nats-server/v2");
    return new NatsBroker(dir, freePort());
  }

  /** The URL NATS_URL takes. */
  String url() {
    return "nats://127.0.0.1:" + port;
  }

  /** Starts the server with JetStream and waits until it accepts connections. */
  @Override
  public void start() throws Exception {
    Path store = Files.createDirectories(dir.resolve("store"));
    process =
        new ProcessBuilder(
                dir.resolve("module/nats-server").toString(),
                "-a",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-js",
                "-sd",
                store.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nats.log").toFile()))
            .start();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!accepts()) {
      assertThat(process.isAlive()).as("nats-server running:\n%s", log()).isTrue();
      assertThat(Instant.now()).as("nats-server up within %s", START_TIMEOUT).isBefore(deadline);
      Thread.sleep(100);
    }
  }

  /** The messages {@code stream} holds, oldest first: each a line of JSON. */
  List<String> messages(String stream) throws Exception {
    String out =
        GeneratedBuilds.run(
            dir.resolve("module"),
            Map.of(),
            dir.resolve("module/reader").toString(),
            url(),
            stream);
    return out.lines().filter(line -> line.startsWith("{")).toList();
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String log() throws IOException {
    Path log = dir.resolve("nats.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
