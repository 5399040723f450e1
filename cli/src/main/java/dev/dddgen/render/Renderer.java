package dev.dddgen.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Iteration;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders logic-less Mustache templates strictly: a reference to a variable the context lacks is an
 * error naming the template and line, never an empty string. Nothing is HTML-escaped: the output is
 * source code. Each template is compiled once per renderer.
 */
public final class Renderer {
  private final TemplateLookup lookup;
  private final Factory factory = new Factory();
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /**
   * A little more than each template's last output: the buffer of the next file from it then grows
   * neither by copying nor far past the text (a project renders most templates thousands of times).
   */
  private final Map<String, Integer> sizeHints = new ConcurrentHashMap<>();

  public Renderer(TemplateLookup lookup) {
    this.lookup = lookup;
    factory.setObjectHandler(new StrictObjectHandler());
  }

  public TemplateLookup lookup() {
    return lookup;
  }

  /**
   * Starts compiling templates on a background thread, so that a cold run compiles them on the
   * second core while the first builds contexts. Failures are left for {@link #render} to report.
   */
  public void warmUp(
      java.util.function.Supplier<? extends java.util.Collection<String>> templateNames) {
    Thread thread =
        new Thread(
            () -> {
              for (String name : templateNames.get()) {
                try {
                  if (lookup.find(name).isPresent()) {
                    compile(name);
                  }
                } catch (RuntimeException e) {
                  // reported, with its template and line, when the template is rendered
                }
              }
            },
            "dddgen-template-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The compiled template, compiling it once. mustache.java marks a template initialised before it
   * compiles its partials, so a template whose partial failed would stay cached with that partial
   * missing and fail later with a NullPointerException; compiling under one lock and dropping the
   * factory's cache on failure makes every later attempt fail the same way, with the real reason.
   */
  private Mustache compile(String name) {
    Mustache mustache = compiled.get(name);
    if (mustache != null) {
      return mustache;
    }
    synchronized (factory) {
      mustache = compiled.get(name);
      if (mustache == null) {
        try {
          mustache = factory.compile(name);
        } catch (RuntimeException e) {
          factory.forget();
          throw e;
        }
        compiled.put(name, mustache);
      }
      return mustache;
    }
  }

  public String render(String templateName, Map<String, ?> context) throws RenderException {
    TemplateLookup.Template template =
        lookup
            .find(templateName)
            .orElseThrow(() -> new RenderException("no template named '" + templateName + "'"));
    try {
      Mustache mustache = compile(templateName);
      TextWriter out = new TextWriter(sizeHints.getOrDefault(templateName, 4096));
      mustache.execute(out, List.of(context));
      String text = out.text.toString();
      sizeHints.put(templateName, text.length() + text.length() / 8 + 64);
      return text;
    } catch (MustacheException e) {
      throw new RenderException(describe(e, template), e);
    } catch (UncheckedIOException e) {
      throw new RenderException("template " + template.location() + ": " + e.getMessage(), e);
    }
  }

  private String describe(MustacheException e, TemplateLookup.Template template) {
    MustacheException innermost = e;
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MustacheException m) {
        innermost = m;
      }
    }
    TemplateContext context = innermost.getContext();
    String location = template.location();
    if (context != null && context.file() != null) {
      location =
          lookup.find(context.file()).map(TemplateLookup.Template::location).orElse(context.file())
              + ":"
              + context.line();
    }
    String message = innermost.getMessage();
    int at = message == null ? -1 : message.indexOf(" @[");
    message = at >= 0 ? message.substring(0, at) : message;
    Matcher mismatch = message == null ? null : MISMATCHED.matcher(message);
    if (mismatch != null && mismatch.find() && context != null && context.file() != null) {
      // mustache.java reports the closing tag; the mistake is usually the opening one, far above.
      String opened = mismatch.group(1);
      String text = lookup.find(context.file()).map(TemplateLookup.Template::text).orElse("");
      message =
          "{{/"
              + mismatch.group(2)
              + "}} closes section '"
              + opened
              + "', which is still open"
              + openedAt(text, opened, context.line())
                  .map(line -> " (opened at line " + line + ")")
                  .orElse("");
    }
    return "template " + location + ": " + message;
  }

  private static final Pattern MISMATCHED =
      Pattern.compile("^Mismatched start/end tags: (\\S+) != (\\S+)");

  /** The line of the last opening of section {@code name} before {@code beforeLine}, if any. */
  private static java.util.Optional<Integer> openedAt(String text, String name, int beforeLine) {
    Pattern open = Pattern.compile("\\{\\{[#^]\\s*" + Pattern.quote(name) + "\\s*}}");
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(beforeLine, lines.length) - 1; i >= 0; i--) {
      if (open.matcher(lines[i]).find()) {
        return java.util.Optional.of(i + 1);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A StringWriter without its StringBuffer's lock per write: a template run makes thousands of
   * small writes, each from one thread.
   */
  private static final class TextWriter extends Writer {
    final StringBuilder text;

    TextWriter(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      text.append(cbuf, off, len);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence csq) {
      text.append(csq);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private final class Factory extends DefaultMustacheFactory {
    void forget() {
      mustacheCache.clear();
    }

    /**
     * A partial that does not exist is reported where it is included, with that template's line.
     */
    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new TextRunVisitor(this) {
        @Override
        public void partial(TemplateContext tc, String variable, String indent) {
          if (lookup.find(variable.trim()).isEmpty()) {
            throw new MustacheException(
                "no template named '" + variable.trim() + "' to include", tc);
          }
          super.partial(tc, variable, indent);
        }
      };
    }

    @Override
    public Reader getReader(String resourceName) {
      return lookup
          .find(resourceName)
          .<Reader>map(t -> new StringReader(t.text()))
          .orElseThrow(() -> new MustacheException("no template named '" + resourceName + "'"));
    }

    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
      return name.trim();
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Looks names up in maps and in view records (their components and derived no-arg methods),
   * innermost scope first; a name found nowhere is an error.
   */
  private static final class StrictObjectHandler extends AbstractObjectHandler {
    @Override
    public Wrapper find(String name, List<Object> scopes) {
      String[] path = path(name);
      return s -> lookup(name, path, s, null);
    }

    /** An Optional is a section over its value, or an inverted one when empty. */
    @Override
    public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
      return super.iterate(iteration, writer, unwrap(object), scopes);
    }

    @Override
    public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
      return super.falsey(iteration, writer, unwrap(object), scopes);
    }

    private static Object unwrap(Object object) {
      return object instanceof java.util.Optional<?> optional ? optional.orElse(null) : object;
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
      if (name == null || name.equals(".")) {
        // Text has no name, and "." is the innermost scope itself.
        String[] path = path(name);
        return scopes -> lookup(name, path, scopes, tc);
      }
      return new ViewBinding(name, tc);
    }

    /**
     * A name at one place in a template, looked up innermost scope first as {@link #lookup} does.
     * The place remembers, for each view type it has met in a scope, the getter of the name's first
     * segment there (or that the type has none), so a later lookup on a view of that type compares
     * classes instead of asking the type's accessors: a place meets one or two types, and a large
     * project renders each place millions of times.
     */
    private static final class ViewBinding implements Binding {
      private final String name;
      private final String[] path;
      private final TemplateContext tc;

      /** Copied on write, at most {@link #TYPES} long; a racing writer only loses an entry. */
      private volatile Getter[] seen = new Getter[0];

      private static final int TYPES = 8;

      ViewBinding(String name, TemplateContext tc) {
        this.name = name;
        this.path = path(name);
        this.tc = tc;
      }

      @Override
      public Object get(List<Object> scopes) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
          Object value = first(scopes.get(i));
          if (value != ABSENT) {
            return rest(name, path, value, tc);
          }
        }
        throw new MustacheException("missing variable '" + name + "'", tc);
      }

      private Object first(Object scope) {
        if (!(scope instanceof Record view)) {
          return member(scope, path[0]);
        }
        Class<?> type = view.getClass();
        Getter[] known = seen;
        for (Getter getter : known) {
          if (getter.type() == type) {
            return ViewAccessors.invoke(getter.getter(), view, ABSENT);
          }
        }
        Getter getter = new Getter(type, ViewAccessors.of(type).getter(path[0]));
        if (known.length < TYPES) {
          Getter[] more = java.util.Arrays.copyOf(known, known.length + 1);
          more[known.length] = getter;
          seen = more;
        }
        return ViewAccessors.invoke(getter.getter(), view, ABSENT);
      }
    }

    /** A view type and its getter of a name, null when it has none. */
    private record Getter(Class<?> type, ViewAccessors.Getter getter) {}

    /**
     * The segments of a dotted name, interned: context keys are string literals, so a map finds an
     * interned segment by identity instead of comparing its characters, millions of times in a
     * large project.
     */
    private static String[] path(String name) {
      if (name == null) {
        return null;
      }
      String[] path = name.split("\\.");
      for (int i = 0; i < path.length; i++) {
        path[i] = path[i].intern();
      }
      return path;
    }

    private static Object lookup(
        String name, String[] path, List<Object> scopes, TemplateContext tc) {
      if (name.equals(".")) {
        return scopes.get(scopes.size() - 1);
      }
      for (int i = scopes.size() - 1; i >= 0; i--) {
        Object value = member(scopes.get(i), path[0]);
        if (value != ABSENT) {
          return rest(name, path, value, tc);
        }
      }
      throw new MustacheException("missing variable '" + name + "'", tc);
    }

    /** The value of the name's later segments on {@code value}, found for its first. */
    private static Object rest(String name, String[] path, Object value, TemplateContext tc) {
      for (int j = 1; j < path.length; j++) {
        value = value == null ? ABSENT : member(value, path[j]);
        if (value == ABSENT) {
          throw new MustacheException("missing variable '" + name + "'", tc);
        }
      }
      if (value == null) {
        throw new MustacheException("variable '" + name + "' has no value", tc);
      }
      return value;
    }

    /**
     * The value {@code scope} holds under {@code name}, or ABSENT when it has none by that name.
     */
    private static Object member(Object scope, String name) {
      if (scope instanceof Map<?, ?> map) {
        // One lookup for a present key; containsKey only tells a missing key from a null value.
        Object value = map.get(name);
        return value == null && !map.containsKey(name) ? ABSENT : value;
      }
      if (scope instanceof Record view) {
        return ViewAccessors.of(view.getClass()).get(view, name, ABSENT);
      }
      return ABSENT;
    }

    private static final Object ABSENT = new Object();
  }
}
