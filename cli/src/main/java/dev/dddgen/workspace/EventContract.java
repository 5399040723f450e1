package dev.dddgen.workspace;

import dev.dddgen.api.Events;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event contract the definition implies ({@link Events}: the broker, each published event's
 * CloudEvents type, and the fields and types of its data), kept in {@code .dddgen/} beside the HTTP
 * contract so a regeneration can list what it would break for consumers: a removed event, a
 * removed, renamed or retyped field, a new required field, a field that became required (or
 * optional: consumers would receive null where they never did), another broker. A new event and a
 * new optional field break nothing.
 */
public final class EventContract {
  private EventContract() {}

  /**
   * One line per published event and per field of its data, sorted: {@code broker nats}, {@code
   * event shop.order.order_placed}, {@code data shop.order.order_placed.total
   * {amount:decimal,currency:string} required}. Empty when no event leaves the service.
   */
  public static String snapshot(DomainModel model) {
    Events events = Events.of(model);
    if (!events.published()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    lines.add("broker " + events.broker());
    for (Events.Channel channel : events.channels()) {
      for (Events.Message message : channel.messages()) {
        lines.add("event " + message.type());
        for (Field field : message.data()) {
          lines.add(
              "data "
                  + message.type()
                  + "."
                  + field.name()
                  + " "
                  + ApiContract.describe(model, field.type())
                  + (field.optional() ? " optional" : " required"));
        }
      }
    }
    lines.sort(String::compareTo);
    return String.join("\n", lines) + "\n";
  }

  /** What a consumer of the previous event contract would notice breaking under the new one. */
  public static List<String> breakingChanges(String previous, String current) {
    Map<String, String> before = index(previous);
    Map<String, String> after = index(current);
    List<String> breaking = new ArrayList<>();
    if (before.containsKey("broker") && !after.containsKey("broker")) {
      // No event leaves the service any more: one change, not one per event.
      breaking.add(
          "events move from broker "
              + before.get("broker")
              + " to none (they stay in the service)");
      return breaking;
    }
    for (Map.Entry<String, String> entry : before.entrySet()) {
      String key = entry.getKey();
      String now = after.get(key);
      if (key.equals("broker")) {
        if (!entry.getValue().equals(now)) {
          breaking.add("events move from broker " + entry.getValue() + " to " + now);
        }
      } else if (key.startsWith("event ")) {
        if (now == null) {
          breaking.add("removed " + key);
        }
      } else if (now == null) {
        String event = key.substring("data ".length(), key.lastIndexOf('.'));
        if (after.containsKey("event " + event)) {
          breaking.add("removed or renamed " + key);
        }
      } else if (!now.equals(entry.getValue())) {
        String oldType = entry.getValue().replaceAll(" (optional|required)$", "");
        String newType = now.replaceAll(" (optional|required)$", "");
        if (!oldType.equals(newType)) {
          breaking.add("changed type of " + key + ": " + oldType + " → " + newType);
        }
        if (entry.getValue().endsWith(" optional") && now.endsWith(" required")) {
          breaking.add(key + " is now required");
        }
        if (entry.getValue().endsWith(" required") && now.endsWith(" optional")) {
          breaking.add(key + " is now optional: consumers may receive null");
        }
      }
    }
    for (Map.Entry<String, String> entry : after.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("data ")
          && !before.containsKey(key)
          && entry.getValue().endsWith(" required")) {
        String event = key.substring("data ".length(), key.lastIndexOf('.'));
        if (before.containsKey("event " + event)) {
          breaking.add("new required " + key);
        }
      }
    }
    return breaking;
  }

  /** Events are keys alone; the broker maps to its name, a data field to its type and presence. */
  private static Map<String, String> index(String snapshot) {
    Map<String, String> lines = new TreeMap<>();
    for (String line : snapshot.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(" ", 3);
      if (parts[0].equals("event")) {
        lines.put(line, "");
      } else if (parts[0].equals("broker")) {
        lines.put("broker", parts.length > 1 ? parts[1] : "");
      } else {
        lines.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    return lines;
  }
}
