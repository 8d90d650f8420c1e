package com.complaintdesk.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A headless Chromium per test ({@link HeadlessChromium}), registered with {@code @RegisterExtension}: skipped where
 * it is not installed, and the last page of each test kept for a look after a failure, as
 * target/browser-tests/&lt;test&gt;.html and .png.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

  private final String windowSize;
  private ChromeDriver driver;
  private Path profile;

  /** @param windowSize e.g. {@code 1280,1400} */
  public Browser(String windowSize) {
    this.windowSize = windowSize;
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    profile = Files.createTempDirectory("chromium-");
    driver = HeadlessChromium.start(profile, windowSize);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      Path dir = Files.createDirectories(Path.of("target", "browser-tests"));
      String method = context.getRequiredTestMethod().getName();
      String name = context.getDisplayName().endsWith(")") ? method
          : method + "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
      try {
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        driver.quit();
        driver = null;
      }
    }
    HeadlessChromium.deleteProfile(profile);
  }
}
