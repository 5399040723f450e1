package dev.dddgen.stack.java;

import dev.dddgen.stack.ViewsDoc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/templates.md documents exactly the names of every Java view record: docs cannot drift. */
class JavaViewsDocTest {
  @Test
  void everyViewRecordIsDocumentedNameForName() throws Exception {
    ViewsDoc.assertDocuments(
        "## Views of the Java target",
        List.of(
            JavaProject.class,
            JavaViews.class,
            JavaTestViews.class,
            JavaTeamFiles.class,
            JavaSecurityViews.class,
            JavaMessaging.class),
        // JavaProject's model helpers are not views.
        List.of(JavaProject.JField.class, JavaProject.JEntity.class));
  }
}
