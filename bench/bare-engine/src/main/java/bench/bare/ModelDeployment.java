package bench.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Deploys the app's models (*.bpmn, *.dmn) and forms (*.form) from the file system, as the app deploys them; or,
 * with {@code bench.model=floor} (BENCH_MODEL), only the floor model from the classpath.
 */
@Component
public class ModelDeployment implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  static final String FLOOR = "floor";
  static final String FLOOR_RESOURCE = "floor/floor.bpmn";

  private final RepositoryService repositoryService;
  private final String model;
  private final Path modelsDir;
  private final Path formsDir;

  public ModelDeployment(RepositoryService repositoryService, @Value("${bench.model:app}") String model,
      @Value("${bench.models-dir}") String modelsDir, @Value("${bench.forms-dir:}") String formsDir) {
    if (!model.equals("app") && !model.equals(FLOOR)) {
      throw new IllegalArgumentException("bench.model (BENCH_MODEL) must be app or floor: " + model);
    }
    this.repositoryService = repositoryService;
    this.model = model;
    this.modelsDir = Path.of(modelsDir).toAbsolutePath().normalize();
    this.formsDir = formsDir.isBlank() ? null : Path.of(formsDir).toAbsolutePath().normalize();
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (model.equals(FLOOR)) {
      String id = repositoryService.createDeployment().name("bench-floor").source("bench")
          .enableDuplicateFiltering(true).addClasspathResource(FLOOR_RESOURCE).deploy().getId();
      LOG.info("Deployed the floor model {} as deployment {}", FLOOR_RESOURCE, id);
      return;
    }
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name("complaint-desk-models").source("bench").enableDuplicateFiltering(true);
    List<Path> files = list(modelsDir, ".bpmn", ".dmn");
    if (formsDir != null && Files.isDirectory(formsDir)) {
      files = Stream.concat(files.stream(), list(formsDir, ".form").stream()).toList();
    }
    for (Path file : files) {
      deployment.addString(file.getFileName().toString(), Files.readString(file));
    }
    String id = deployment.deploy().getId();
    LOG.info("Deployed {} resources as deployment {}: {}", files.size(), id,
        files.stream().map(p -> p.getFileName().toString()).toList());
  }

  private static List<Path> list(Path dir, String... suffixes) throws IOException {
    try (Stream<Path> stream = Files.list(dir)) {
      return stream.filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .sorted().toList();
    }
  }
}
