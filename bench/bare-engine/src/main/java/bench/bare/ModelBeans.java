package bench.bare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Registers, before the engine starts, one {@link NoOpDelegate} per delegate-expression bean and one
 * {@link ExpressionRootBean} per settings bean the models use, as found by {@link ModelScan}.
 */
@Component
public class ModelBeans implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

  private static final Logger LOG = LoggerFactory.getLogger(ModelBeans.class);

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (ModelDeployment.FLOOR.equals(environment.getProperty("bench.model", "app"))) {
      LOG.info("Floor model ({}): no beans to stand in for", ModelDeployment.FLOOR_RESOURCE);
      return;
    }
    Path dir = Path.of(environment.getRequiredProperty("bench.models-dir")).toAbsolutePath().normalize();
    ModelScan.Result scan;
    try {
      scan = ModelScan.scan(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (scan.bpmnFiles().isEmpty()) {
      throw new IllegalStateException("No *.bpmn in " + dir + " (bench.models-dir / BENCH_MODELS_DIR)");
    }
    Set<String> variables = Set.copyOf(scan.variables());
    for (String name : scan.delegateBeans()) {
      if (registry.containsBeanDefinition(name)) {
        LOG.warn("Bean {} exists already: not replaced by a no-op", name);
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(NoOpDelegate.class, () -> new NoOpDelegate(variables));
      registry.registerBeanDefinition(name, definition);
    }
    String defaultOffset = environment.getProperty("bench.default-offset", "P1D");
    scan.expressionRoots().forEach((name, kinds) -> {
      if (registry.containsBeanDefinition(name)) {
        LOG.warn("Bean {} exists already: not replaced by a settings stand-in", name);
        return;
      }
      Map<String, String> configured = new LinkedHashMap<>();
      for (String property : kinds.keySet()) {
        String value = environment.getProperty("bench.expression-values." + name + "." + property);
        if (value != null) {
          configured.put(property, value);
        }
      }
      RootBeanDefinition definition = new RootBeanDefinition(ExpressionRootBean.class,
          () -> new ExpressionRootBean(name, kinds, configured, defaultOffset));
      registry.registerBeanDefinition(name, definition);
    });
    LOG.info("Models in {}: {}", dir, scan.bpmnFiles().stream().map(p -> p.getFileName().toString()).toList());
    LOG.info("No-op delegate beans: {}", scan.delegateBeans());
    LOG.info("Settings stand-ins: {}", scan.expressionRoots());
    LOG.info("Variables the models read (copied into called processes when missing): {}", scan.variables());
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // nothing
  }
}
