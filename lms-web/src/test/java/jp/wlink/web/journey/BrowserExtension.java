package jp.wlink.web.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each journey a fresh browser against the running W/LINK, and keeps a screenshot of the page
 * it was on when it failed, under {@code target/test-out/screenshots}.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {
  private static final Logger LOG = Logger.getLogger(BrowserExtension.class.getName());
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Browser.class || type == RunningWlink.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == RunningWlink.class) {
      return RunningWlink.get();
    }
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("browser", key -> newBrowser(context), Browser.class);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
    if (browser == null) {
      return;
    }
    try {
      if (context.getExecutionException().isPresent()) {
        browser.screenshot(out().resolve("screenshots").resolve(name(context) + ".png"));
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Could not keep a screenshot of the failed journey", e);
    } finally {
      browser.close();
    }
  }

  private static Browser newBrowser(ExtensionContext context) {
    try {
      Path profiles = Files.createDirectories(out().resolve("chrome-profiles"));
      return new Browser(RunningWlink.get(), Files.createTempDirectory(profiles, name(context)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String name(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName()
        + "-"
        + context.getDisplayName().replaceAll("[^A-Za-z0-9]", "");
  }

  private static Path out() {
    return Path.of(System.getProperty("wlink.test.out", "target/test-out"));
  }
}
