package com.complaintdesk.policy;

import java.security.Principal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The analysts' models: what is deployed against the release, the changelog, and the way back into git. */
@RestController
public class ModelsController {

  private final ModelCatalog catalog;
  private final MigrationService migrations;

  public ModelsController(ModelCatalog catalog, MigrationService migrations) {
    this.catalog = catalog;
    this.migrations = migrations;
  }

  /** Open complaints of older versions of a process moved to its latest version (docs/models.md). */
  @PostMapping(path = "/api/models/migrations", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public MigrationService.MigrationReport migrate(@RequestBody MigrationRequest request, Principal user) {
    return migrations.migrate(request, user.getName());
  }

  /** Each release file with the version deployed now, and whether that version is newer than the release. */
  @GetMapping(path = "/api/models", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ModelCatalog.ModelStatus> models() {
    return catalog.models();
  }

  /** The newest deployments first: who deployed which versions of which keys, from where. */
  @GetMapping(path = "/api/models/changelog", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ModelCatalog.PolicyChange> changelog() {
    return catalog.changelog();
  }

  /**
   * A zip of the deployed files newer than the release, at their paths in git: unzipped in a clone, they are the
   * change to commit ({@code docs/models.md}).
   */
  @GetMapping(path = "/api/models/export", produces = "application/zip")
  public ResponseEntity<byte[]> export() {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (ModelCatalog.ExportedFile file : catalog.newerThanRelease()) {
        out.putNextEntry(new ZipEntry(file.path()));
        out.write(file.content());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deployed-models.zip\"")
        .contentType(MediaType.parseMediaType("application/zip")).body(zip.toByteArray());
  }
}
