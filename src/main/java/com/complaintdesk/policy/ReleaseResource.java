package com.complaintdesk.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A model, table or form of the release, named by its path below the classpath root ({@code processes/x.dmn}). */
public record ReleaseResource(String name, byte[] bytes) {

  static List<ReleaseResource> find(List<String> locations) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<ReleaseResource> found = new ArrayList<>();
    try {
      for (String location : locations) {
        for (Resource resource : resolver.getResources(location)) {
          if (resource.isReadable()) {
            found.add(new ReleaseResource(name(resource.getURL().toString()), resource.getContentAsByteArray()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the release's models", e);
    }
    return found;
  }

  /** {@code .../classes/processes/x.dmn} and {@code jar:...!/BOOT-INF/classes!/processes/x.dmn} alike. */
  static String name(String url) {
    for (String folder : List.of("/processes/", "/forms/")) {
      int at = url.lastIndexOf(folder);
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
