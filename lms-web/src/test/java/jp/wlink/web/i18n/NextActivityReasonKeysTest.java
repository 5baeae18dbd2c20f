package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import jp.wlink.course.adaptive.Reason;
import org.junit.jupiter.api.Test;

/** Every reason the next-activity policy gives has a sentence in both languages. */
class NextActivityReasonKeysTest {

  @Test
  void everyReasonHasAJapaneseAndAnEnglishSentenceThatFormats() {
    for (String language : new String[] {"ja", "en"}) {
      Properties bundle = Bundles.load(language);
      for (Reason reason : Reason.values()) {
        assertThat(bundle).containsKey(reason.messageKey());
        String text =
            new MessageFormat(
                    bundle.getProperty(reason.messageKey()), Locale.forLanguageTag(language))
                .format(new Object[] {"josui.coagulation", 3, 2});
        assertThat(text).doesNotContain("{");
      }
    }
  }
}
