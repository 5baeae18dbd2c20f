package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.wlink.question.bank.MetadataLimits;
import jp.wlink.question.bank.files.FileRefusal;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.web.i18n.Bundles;
import org.junit.jupiter.api.Test;

class ImportProblemKeysTest {

  @Test
  void everyProblemTheBankAddsToAnImportHasATextInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>(List.of("duplicateIdNumber", "idNumberTaken"));
    for (FileRefusal refusal : FileRefusal.values()) {
      keys.add(refusal.key());
    }
    MetadataLimits.FIELDS.forEach(field -> keys.add("tooLong." + field));

    for (String language : List.of("ja", "en")) {
      Properties bundle = Bundles.load(language);
      assertThat(keys)
          .as(language)
          .allSatisfy(key -> assertThat(bundle).containsKey(ImportProblem.KEY_PREFIX + key));
    }
  }
}
