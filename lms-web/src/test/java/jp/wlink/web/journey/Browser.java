package jp.wlink.web.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser: Debian's headless Chromium with a fresh profile, driven by Selenium. Field
 * ids are the Faces client ids, e.g. {@code login:email}.
 */
final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int DRAG_STEP = 5;
  private static final Duration DRAG_PAUSE = Duration.ofMillis(20);
  private static final Duration SETTLE_POLL = Duration.ofMillis(150);

  private final RunningWlink wlink;
  private final ChromeDriver driver;

  Browser(RunningWlink wlink, Path profile) {
    this.wlink = wlink;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=ja",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
  }

  WebDriver driver() {
    return driver;
  }

  Browser open(String path) {
    driver.get(wlink.url(path));
    return this;
  }

  Browser openUrl(String url) {
    driver.get(url);
    return this;
  }

  Browser fill(String id, String text) {
    WebElement field = visible(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks and waits for the page that the click loads. */
  Browser submit(String id) {
    WebElement button = visible(By.id(id));
    button.click();
    new WebDriverWait(driver, WAIT).until(d -> gone(button));
    return this;
  }

  /**
   * Whether the page that held the element has been replaced. Chromium sometimes reports a node of
   * a page being torn down as an inspector error rather than as a stale element; both mean gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException replaced) {
      return true;
    }
  }

  /** Clicks an ajax button and waits until the given element shows the expected words. */
  Browser clickAndAwait(String id, String resultId, String words) {
    // An earlier ajax update may still be replacing the button: find it afresh until it clicks.
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(By.id(id)).click();
              return true;
            });
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(resultId), words));
    return this;
  }

  /** Waits until the element shows the expected words, as after an ajax update. */
  Browser awaitText(By locator, String words) {
    new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, words));
    return this;
  }

  /**
   * Picks an option of a PrimeFaces select menu by the label a person reads, once the opened menu's
   * options stand still: under load the opening animation can move an option from under a click
   * made too early, and the click is lost.
   */
  Browser choose(String id, String label) {
    visible(By.id(id)).click();
    By option = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    AtomicReference<Rectangle> last = new AtomicReference<>();
    new WebDriverWait(driver, WAIT)
        .pollingEvery(SETTLE_POLL)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              Rectangle now = visible(option).getRect();
              return now.equals(last.getAndSet(now));
            });
    visible(option).click();
    return this;
  }

  /** Picks the radio button whose label a person reads. */
  Browser chooseRadio(String id, String label) {
    By option = By.xpath("//*[@id='" + id + "']//label[normalize-space(.)='" + label + "']");
    visible(option).click();
    return this;
  }

  String value(String id) {
    return visible(By.id(id)).getAttribute("value");
  }

  Browser click(By locator) {
    visible(locator).click();
    return this;
  }

  String text(By locator) {
    return visible(locator).getText();
  }

  String text(String id) {
    return text(By.id(id));
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  boolean has(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  WebElement visible(By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Drags one element onto another with the mouse, as a person does: press, move in small steps,
   * release. PrimeFaces' draggable rows are jQuery UI sortables, which reorder on each intermediate
   * move and ignore a single jump to the end point.
   */
  Browser drag(By handle, By onto) {
    WebElement from = visible(handle);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", from);
    int distance = centreY(visible(onto)) - centreY(from);
    int step = distance < 0 ? -DRAG_STEP : DRAG_STEP;
    Actions mouse = new Actions(driver).moveToElement(from).clickAndHold();
    // A few steps past the target's middle, so the row surely crosses it.
    for (int i = 0; i < Math.abs(distance) / DRAG_STEP + 3; i++) {
      mouse.moveByOffset(0, step).pause(DRAG_PAUSE);
    }
    mouse.release().perform();
    return this;
  }

  private static int centreY(WebElement element) {
    Rectangle box = element.getRect();
    return box.getY() + box.getHeight() / 2;
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    File png = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
