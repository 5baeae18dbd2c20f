package jp.wlink.question.text;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RichTextRendererTest {
  private final RichTextRenderer renderer = new RichTextRenderer();

  @Test
  void rendersMarkdownAsHtml() {
    String html = renderer.toHtml(new RichText("**残留塩素**は *0.1mg/L* 以上", TextFormat.MARKDOWN));

    assertThat(html).contains("<strong>残留塩素</strong>").contains("<em>0.1mg/L</em>");
  }

  @Test
  void escapesPlainTextAndKeepsItsLineBreaks() {
    String html = renderer.toHtml(new RichText("BOD < 20\n<b>mg/L</b>", TextFormat.PLAIN));

    assertThat(html).isEqualTo("BOD &lt; 20<br>&lt;b&gt;mg/L&lt;/b&gt;");
  }

  @Test
  void makesParagraphsOfMoodleAutoFormat() {
    String html = renderer.toHtml(new RichText("一段落目\n\n二段落目", TextFormat.MOODLE_AUTO));

    assertThat(html).isEqualTo("<p>一段落目</p><p>二段落目</p>");
  }

  @Test
  void removesScriptFromEveryFormat() {
    for (TextFormat format : TextFormat.values()) {
      String html =
          renderer.toHtml(
              new RichText("<img src=x onerror=alert(1)><script>alert(2)</script>", format));

      Document page = Jsoup.parseBodyFragment(html);
      assertThat(page.select("script")).as(format.name()).isEmpty();
      assertThat(page.select("[onerror]")).as(format.name()).isEmpty();
    }
  }

  @Test
  void keepsRelativeImagesOfTheBank() {
    String html = renderer.toHtml(RichText.html("<img src=\"/files/questions/ab.png\" alt=\"図\">"));

    assertThat(html).contains("src=\"/files/questions/ab.png\"").contains("alt=\"図\"");
  }
}
