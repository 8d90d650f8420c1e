package com.complaintdesk.policy;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The application's objects that models may name in expressions: its delegates, listeners and the
 * settings the timers read ({@code complaintSettings}). Nothing else of the application (services, the
 * engine's own services, the data source) can be reached from an expression. Beans are looked up on use.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

  static final Set<String> SETTINGS = Set.of("complaintSettings");
  private static final Class<?>[] MODEL_TYPES = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

  private final ApplicationContext context;
  private final Map<String, Boolean> allowed = new java.util.concurrent.ConcurrentHashMap<>();

  ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  /** Asked for every name an expression resolves that is not a variable: the answer never changes, so it is kept. */
  boolean allowed(String name) {
    return allowed.computeIfAbsent(name, this::modelBean);
  }

  private boolean modelBean(String name) {
    if (!context.containsBean(name)) {
      return false;
    }
    if (SETTINGS.contains(name)) {
      return true;
    }
    Class<?> type = context.getType(name, false);
    return type != null && Arrays.stream(MODEL_TYPES).anyMatch(t -> t.isAssignableFrom(type));
  }

  boolean exists(String name) {
    return context.containsBean(name);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && allowed(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? context.getBean((String) key) : null;
  }

  @Override
  public Set<Map.Entry<Object, Object>> entrySet() {
    return Arrays.stream(context.getBeanDefinitionNames()).filter(this::allowed)
        .map(name -> Map.entry((Object) name, context.getBean(name))).collect(Collectors.toSet());
  }
}
