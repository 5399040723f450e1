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
import java.util.Map;
import java.util.Set;

/**
 * The names a view record offers its templates: its components, then its own public no-arg methods
 * (derived values such as a flag computed from a list). Resolved once per record class, so a
 * template run pays one map lookup and one method-handle call per name.
 */
final class ViewAccessors {
  private static final ClassValue<ViewAccessors> CACHE =
      new ClassValue<>() {
        @Override
        protected ViewAccessors computeValue(Class<?> type) {
          return new ViewAccessors(type);
        }
      };

  private final Map<String, MethodHandle> getters;

  private ViewAccessors(Class<?> type) {
    Map<String, MethodHandle> getters = new LinkedHashMap<>();
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
    this.getters = Collections.unmodifiableMap(getters);
  }

  private static MethodHandle handle(Method method) throws IllegalAccessException {
    // Views are package-private records of their stack; the renderer reads them all the same.
    method.setAccessible(true);
    return MethodHandles.lookup()
        .unreflect(method)
        .asType(MethodType.methodType(Object.class, Object.class));
  }

  static ViewAccessors of(Class<?> type) {
    return CACHE.get(type);
  }

  /** The names the view offers: its components in declaration order, then its derived values. */
  Set<String> names() {
    return getters.keySet();
  }

  /**
   * The value of {@code name} on {@code view}, or {@code absent} when the view has no such name.
   */
  Object get(Object view, String name, Object absent) {
    return invoke(getters.get(name), view, absent);
  }

  /** The getter of {@code name}, or null when the view has no such name. */
  MethodHandle getter(String name) {
    return getters.get(name);
  }

  /** {@code getter}'s value on {@code view}, or {@code absent} when there is no getter. */
  static Object invoke(MethodHandle getter, Object view, Object absent) {
    if (getter == null) {
      return absent;
    }
    try {
      return (Object) getter.invokeExact(view);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
