package dev.dddgen.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Date and timestamp values of a definition and of generated samples (ISO 8601: {@code 2024-05-01},
 * {@code 2024-05-01T09:30:00Z}, {@code 2024-05-01T09:30:00.5+02:00}), read by hand in their usual
 * forms. java.time's formatters would read them too, but their first use costs a cold run tens of
 * milliseconds (a tenth of generating a small project); an unusual form still goes to them.
 */
public final class Timestamps {
  private Timestamps() {}

  /** A timestamp's date and time of day with its offset from UTC. */
  public record Instant(LocalDateTime local, ZoneOffset offset) {
    /** The same instant in UTC. */
    public LocalDateTime utc() {
      return local.minusSeconds(offset.getTotalSeconds());
    }

    /** As {@link OffsetDateTime#toString()} writes it. */
    @Override
    public String toString() {
      return local + offset.getId();
    }
  }

  /** Reads {@code yyyy-MM-dd}; anything else as {@link LocalDate#parse} does. */
  public static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} followed by {@code Z} or {@code ±HH:mm}; anything
   * else as {@link OffsetDateTime#parse} does.
   */
  public static Instant timestamp(String text) {
    Instant read = read(text);
    if (read != null) {
      return read;
    }
    OffsetDateTime parsed = OffsetDateTime.parse(text);
    return new Instant(parsed.toLocalDateTime(), parsed.getOffset());
  }

  /** The English name of a month, as Go's {@code time.January} spells it. */
  public static String monthName(Month month) {
    String name = month.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static Instant read(String text) {
    int n = text.length();
    if (n < 17 || (text.charAt(10) != 'T' && text.charAt(10) != 't') || text.charAt(13) != ':') {
      return null;
    }
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int at = 16;
    int second = 0;
    int nanos = 0;
    if (at < n && text.charAt(at) == ':') {
      second = digits(text, at + 1, at + 3);
      at += 3;
      if (at < n && text.charAt(at) == '.') {
        int start = ++at;
        while (at < n && Character.isDigit(text.charAt(at))) {
          at++;
        }
        if (at == start || at - start > 9) {
          return null;
        }
        nanos = digits(text, start, at);
        for (int k = at - start; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    int offset;
    if (at == n - 1 && (text.charAt(at) == 'Z' || text.charAt(at) == 'z')) {
      offset = 0;
    } else if (at == n - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
      int hours = digits(text, at + 1, at + 3);
      int minutes = digits(text, at + 4, at + 6);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
        return null;
      }
      offset = (text.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    if (hour < 0 || minute < 0 || second < 0 || nanos < 0) {
      return null;
    }
    LocalDate day = date(text.substring(0, 10));
    return new Instant(LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute, second, nanos),
        ZoneOffset.ofTotalSeconds(offset));
  }

  /** The decimal number in text[from, to), or -1 when a character there is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    if (to > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
