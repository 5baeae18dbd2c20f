package jp.wlink.web.journey;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exam page in one browser tab, as a learner works on it: each question found by words of its
 * stem, answered by clicking, typing and choosing, and read back as it shows.
 */
final class ExamTab {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;

  ExamTab(WebDriver driver) {
    this.driver = driver;
  }

  /** Waits for the exam page to be ready: the player has set up every question. */
  ExamTab ready() {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".exam-player")));
    new WebDriverWait(driver, WAIT)
        .until(
            d -> !d.findElement(By.cssSelector("[data-count='unanswered']")).getText().isEmpty());
    return this;
  }

  WebElement slot(String stem) {
    return new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//section[contains(@class,'exam-slot')][contains(normalize-space(.), '"
                        + stem
                        + "')]")));
  }

  ExamTab choose(String stem, String label) {
    click(
        slot(stem)
            .findElement(By.xpath(".//label[contains(normalize-space(.), '" + label + "')]")));
    return this;
  }

  ExamTab type(String stem, String css, String text) {
    WebElement input = slot(stem).findElement(By.cssSelector(css));
    scroll(input);
    input.sendKeys(text);
    return this;
  }

  ExamTab select(String stem, String css, String option) {
    WebElement menu = slot(stem).findElement(By.cssSelector(css));
    scroll(menu);
    new Select(menu).selectByVisibleText(option);
    return this;
  }

  ExamTab flag(String stem) {
    click(slot(stem).findElement(By.cssSelector("[data-flag]")));
    new WebDriverWait(driver, WAIT).until(d -> flagged(stem));
    return this;
  }

  /** Waits until the question's status says its last change reached the server. */
  ExamTab awaitState(String stem, String state) {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                state.equals(
                    slot(stem)
                        .findElement(By.cssSelector(".exam-slot-status"))
                        .getAttribute("data-state")));
    return this;
  }

  boolean checked(String stem, String label) {
    return slot(stem)
        .findElement(By.xpath(".//label[contains(normalize-space(.), '" + label + "')]//input"))
        .isSelected();
  }

  String value(String stem, String css) {
    return slot(stem).findElement(By.cssSelector(css)).getAttribute("value");
  }

  String selected(String stem, String css) {
    return new Select(slot(stem).findElement(By.cssSelector(css)))
        .getFirstSelectedOption()
        .getText();
  }

  boolean flagged(String stem) {
    return "true"
        .equals(slot(stem).findElement(By.cssSelector("[data-flag]")).getAttribute("aria-pressed"));
  }

  String count(String name) {
    return driver.findElement(By.cssSelector("[data-count='" + name + "']")).getText();
  }

  private void click(WebElement element) {
    scroll(element);
    element.click();
  }

  /** To the middle of the window, clear of the sticky clock bar and of messages at the top. */
  private void scroll(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
