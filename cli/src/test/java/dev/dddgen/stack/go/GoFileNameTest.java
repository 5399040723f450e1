package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * File names the go command would read as build conditions: a generated file must be built on every
 * platform, and never as a test file unless it is one (GoBuildTest builds edge.yaml's LabTest,
 * RobotArm and RunOnWindows).
 */
class GoFileNameTest {

  @Test
  void leavesOutTheUnderscoreBeforeAConditionWord() {
    assertThat(GoNames.file("LabTest")).isEqualTo("labtest");
    assertThat(GoNames.file("RobotArm")).isEqualTo("robotarm");
    assertThat(GoNames.file("RunOnWindows")).isEqualTo("run_onwindows");
    assertThat(GoNames.file("ServerLinuxAmd64")).isEqualTo("server_linuxamd64");
  }

  @Test
  void keepsOrdinaryNames() {
    assertThat(GoNames.file("PlaceOrder")).isEqualTo("place_order");
    assertThat(GoNames.file("Test")).isEqualTo("test");
    assertThat(GoNames.file("Testing")).isEqualTo("testing");
    assertThat(GoNames.ordinaryFile("order_status")).isEqualTo("order_status");
  }
}
