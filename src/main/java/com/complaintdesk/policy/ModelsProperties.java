package com.complaintdesk.policy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.models.*}: where the release's models are, and what happens at start when a model
 * deployed from Camunda Modeler is newer than the release's.
 *
 * @param onStart {@code keep-newer} (default): a model deployed from Modeler after the release's version stays;
 *     {@code release-wins}: the release's version supersedes it
 * @param locations the release's models and forms (Spring resource patterns)
 */
@ConfigurationProperties("complaints.models")
public record ModelsProperties(OnStart onStart, List<String> locations) {

  public enum OnStart { KEEP_NEWER, RELEASE_WINS }

  public ModelsProperties {
    onStart = onStart == null ? OnStart.KEEP_NEWER : onStart;
    locations = locations == null || locations.isEmpty()
        ? List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form")
        : List.copyOf(locations);
  }
}
