package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's baseline: Camunda 7.24 with its REST API on /engine-rest, no authentication, no app code.
 * It deploys the app's models from {@code bench.models-dir} and runs them with no-op beans (see
 * {@link ModelBeans}). Started by bench/run; see bench/README.md.
 */
@SpringBootApplication
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareEngineApplication.class, args);
  }
}
