package dev.dddgen.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a view record offers its templates: its components, then its own public no-arg methods
 * (derived values such as a flag computed from a list). Resolved once per record class, so a
 * template run pays one map lookup and one call per name. The tool's own records are read by the
 * getters the build generated for their package ({@link GeneratedGetters}); any other record (a
 * plug-in's, a test's) by method handles found by reflection, in the same order.
 */
final class ViewAccessors {
  private static final ClassValue<ViewAccessors> CACHE =
      new ClassValue<>() {
        @Override
        protected ViewAccessors computeValue(Class<?> type) {
          return new ViewAccessors(type);
        }
      };

  /** Each package's generated getters, or empty when the build wrote none for it. */
  private static final Map<String, Optional<GeneratedGetters>> PACKAGES = new ConcurrentHashMap<>();

  private final Map<String, Getter> getters;

  private ViewAccessors(Class<?> type) {
    GeneratedGetters generated = generated(type);
    int index = generated == null ? -1 : generated.indexOf(type);
    this.getters =
        Collections.unmodifiableMap(index < 0 ? reflected(type) : generated(generated, index));
  }

  private static Map<String, Getter> generated(GeneratedGetters generated, int type) {
    Map<String, Getter> getters = new LinkedHashMap<>();
    List<String> names = generated.names(type);
    for (int member = 0; member < names.size(); member++) {
      getters.put(names.get(member), new Getter(generated, type, member, null));
    }
    return getters;
  }

  /** The getters of a record the build wrote none for, found by reflection. */
  static Map<String, Getter> reflected(Class<?> type) {
    Map<String, Getter> getters = new LinkedHashMap<>();
    try {
      for (RecordComponent component : type.getRecordComponents()) {
        getters.put(component.getName(), handle(component.getAccessor()));
      }
      // Derived values after the components, by name: getDeclaredMethods has no fixed order.
      Method[] methods = type.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0
            && method.getReturnType() != void.class
            && !method.isSynthetic()
            && !Set.of("toString", "hashCode").contains(method.getName())) {
          getters.putIfAbsent(method.getName(), handle(method));
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("view " + type.getName() + " cannot be read", e);
    }
    return getters;
  }

  private static Getter handle(Method method) throws IllegalAccessException {
    // Views are package-private records of their stack; the renderer reads them all the same.
    method.setAccessible(true);
    return new Getter(
        null,
        -1,
        -1,
        MethodHandles.lookup()
            .unreflect(method)
            .asType(MethodType.methodType(Object.class, Object.class)));
  }

  /** The getters the build generated for {@code type}'s package, or null. */
  private static GeneratedGetters generated(Class<?> type) {
    String pack = type.getPackageName();
    Optional<GeneratedGetters> generated = PACKAGES.get(pack);
    if (generated == null) {
      generated = load(pack, type.getClassLoader());
      PACKAGES.put(pack, generated);
    }
    return generated.orElse(null);
  }

  private static Optional<GeneratedGetters> load(String pack, ClassLoader loader) {
    try {
      Class<?> getters = Class.forName(pack + ".ViewGetters", true, loader);
      if (!GeneratedGetters.class.isAssignableFrom(getters)) {
        return Optional.empty();
      }
      return Optional.of((GeneratedGetters) getters.getConstructor().newInstance());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the getters of " + pack + " cannot be made", e);
    }
  }

  static ViewAccessors of(Class<?> type) {
    return CACHE.get(type);
  }

  /** The names the view offers: its components in declaration order, then its derived values. */
  Set<String> names() {
    return getters.keySet();
  }

  /** Whether the build generated the getters (false: found by reflection). */
  boolean generated() {
    return !getters.isEmpty() && getters.values().iterator().next().generated != null;
  }

  /**
   * The value of {@code name} on {@code view}, or {@code absent} when the view has no such name.
   */
  Object get(Object view, String name, Object absent) {
    return invoke(getters.get(name), view, absent);
  }

  /** The getter of {@code name}, or null when the view has no such name. */
  Getter getter(String name) {
    return getters.get(name);
  }

  /** {@code getter}'s value on {@code view}, or {@code absent} when there is no getter. */
  static Object invoke(Getter getter, Object view, Object absent) {
    return getter == null ? absent : getter.get(view);
  }

  /** One name of one record type: a generated getter, or else a method handle. */
  static final class Getter {
    private final GeneratedGetters generated;
    private final int type;
    private final int member;
    private final MethodHandle handle;

    private Getter(GeneratedGetters generated, int type, int member, MethodHandle handle) {
      this.generated = generated;
      this.type = type;
      this.member = member;
      this.handle = handle;
    }

    Object get(Object view) {
      if (generated != null) {
        return generated.read(view, type, member);
      }
      try {
        return (Object) handle.invokeExact(view);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
