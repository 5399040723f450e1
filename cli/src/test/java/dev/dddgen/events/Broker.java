package dev.dddgen.events;

/** A target's message broker for the delivery scenarios: prepared down, started by a scenario. */
interface Broker extends AutoCloseable {
  void start() throws Exception;

  @Override
  void close() throws InterruptedException;
}
