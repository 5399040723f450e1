package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoTimeLiteralTest {
  @Test
  void aTimestampBecomesItsInstantInUtc() {
    assertThat(DomainEntities.timeDate("2024-05-01T09:30:15Z"))
        .isEqualTo("time.Date(2024, time.May, 1, 9, 30, 15, 0, time.UTC)");
    // An offset moves the clock, not the instant (it used to be dropped: 09:30 read as 09:30 UTC).
    assertThat(DomainEntities.timeDate("2024-01-01T01:30:00+02:00"))
        .isEqualTo("time.Date(2023, time.December, 31, 23, 30, 0, 0, time.UTC)");
  }
}
