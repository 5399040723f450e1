package dev.dddgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final List<String> TIMESTAMPS = List.of(
      "2024-05-01T09:30:00Z", "2024-05-01T09:30Z", "2024-05-01t09:30:07z", "2024-12-31T23:59:59.5Z",
      "2024-02-29T00:00:00.123456789+02:00", "2024-01-01T01:00:00-05:30", "0001-01-01T00:00:00Z",
      "2024-06-30T12:00:00+14:00", "2024-06-30T12:00:00.000Z",
      // less usual forms, read by java.time
      "2024-05-01T09:30:00.Z", "2024-05-01T09:30:00+02", "2024-05-01T09:30:00+02:00:30");

  @Test
  void readsTimestampsAsJavaTimeDoes() {
    for (String text : TIMESTAMPS) {
      OffsetDateTime expected = OffsetDateTime.parse(text);
      Timestamps.Instant read = Timestamps.timestamp(text);
      assertThat(read.local()).as(text).isEqualTo(expected.toLocalDateTime());
      assertThat(read.offset()).as(text).isEqualTo(expected.getOffset());
      assertThat(read.utc()).as(text).isEqualTo(expected.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      assertThat(read.toString()).as(text).isEqualTo(expected.toString());
    }
  }

  @Test
  void refusesWhatJavaTimeRefuses() {
    for (String text : List.of("2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01T09:60:00Z",
        "2024-05-01 09:30:00Z", "2024-05-01T09:30:00", "2024-05-01T09:30:00+2:00",
        "2024-13-01T00:00:00Z")) {
      assertThatThrownBy(() -> OffsetDateTime.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> Timestamps.timestamp(text)).as(text).isInstanceOf(java.time.DateTimeException.class);
    }
  }

  @Test
  void readsDatesAsJavaTimeDoes() {
    for (String text : List.of("2024-05-01", "2024-02-29", "0000-01-01", "9999-12-31")) {
      assertThat(Timestamps.date(text)).as(text).isEqualTo(LocalDate.parse(text));
    }
    for (String text : List.of("2023-02-29", "2024-5-01", "2024-05-1x", "20240501")) {
      assertThatThrownBy(() -> Timestamps.date(text)).as(text).isInstanceOf(java.time.DateTimeException.class);
    }
  }

  @Test
  void monthNamesAreTheEnglishOnesGoSpells() {
    for (Month month : Month.values()) {
      assertThat(Timestamps.monthName(month)).isEqualTo(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }
}
