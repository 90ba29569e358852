package dev.orderlens.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile per test. The
 * admin login is sent as an Authorization header on every request (Chrome DevTools Protocol), so
 * the page's own API calls are authenticated as a logged-in admin's would be. Binaries are named
 * explicitly ({@code it.chromium}, {@code it.chromedriver}), so Selenium never downloads one.
 */
final class DashboardBrowser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  /**
   * Skips the calling test, with its reason, where Debian's browser is not installed; under CI
   * ({@code CI=true}) a missing browser fails it instead, so CI never passes without the check.
   */
  static void assumeInstalled() {
    boolean installed =
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    String reason =
        "browser test skipped: "
            + CHROMIUM
            + " or "
            + DRIVER
            + " missing (apt-get install chromium chromium-driver)";
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(reason.replace("skipped", "failed under CI"));
    }
    if (!installed) {
      System.out.println(reason);
    }
    Assumptions.assumeTrue(installed, reason);
  }

  DashboardBrowser(String authorization) throws IOException {
    profile = Files.createTempDirectory("orderlens-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", authorization)));
  }

  /** Opens the page and waits until it has loaded its data (body[data-loaded]). */
  void open(String url) throws InterruptedException {
    driver.get(url);
    await(
        d ->
            "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
                || errorShown(),
        Duration.ofSeconds(30));
  }

  List<String> rankedCarriers() {
    return driver.findElements(By.cssSelector("#ranking tbody tr")).stream()
        .map(r -> r.getDomAttribute("data-carrier"))
        .toList();
  }

  /** Data points a chart was given, as the page records them on its canvas. */
  int chartPoints(String canvasId) {
    return Integer.parseInt(driver.findElement(By.id(canvasId)).getDomAttribute("data-points"));
  }

  /** Datasets of the live Chart.js instance on a canvas (-1 when none was drawn). */
  int chartDatasets(String canvasId) {
    Object n =
        driver.executeScript(
            "const c = Chart.getChart(arguments[0]); return c ? c.data.datasets.length : -1;",
            canvasId);
    return ((Number) n).intValue();
  }

  int rows(String css) {
    return driver.findElements(By.cssSelector(css)).size();
  }

  /** Chooses a filter option, as a user would, and waits for the list to match the predicate. */
  void filter(String selectId, String value, java.util.function.Predicate<List<String>> states)
      throws InterruptedException {
    driver.executeScript(
        "const s = document.getElementById(arguments[0]); s.value = arguments[1];"
            + " s.dispatchEvent(new Event('change'));",
        selectId,
        value);
    await(d -> states.test(incidentStates()), Duration.ofSeconds(10));
  }

  /** The state of every incident row shown, read in one script so the list cannot change midway. */
  @SuppressWarnings("unchecked")
  List<String> incidentStates() {
    return (List<String>)
        driver.executeScript(
            "return [...document.querySelectorAll('#incidents tbody tr')].map(r => r.dataset.state);");
  }

  /** The visible text of the first element matching the selector. */
  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /** Saves what the browser shows, for the README. */
  void screenshot(java.nio.file.Path file) throws IOException {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  boolean errorShown() {
    return driver.findElement(By.id("error")).isDisplayed();
  }

  /** Polls the page until the condition holds, or fails after the timeout. */
  void await(java.util.function.Predicate<ChromeDriver> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(driver)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Page did not get ready: " + driver.getPageSource().length() + " chars");
      }
      Thread.sleep(200);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
