package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.wlink.question.bank.MetadataLimits;
import jp.wlink.question.bank.files.FileRefusal;
import jp.wlink.question.format.ImportProblem;
import org.junit.jupiter.api.Test;

class ImportProblemKeysTest {
  private static final Path BUNDLES = Path.of("src/main/resources/jp/wlink/web/i18n");

  @Test
  void everyProblemTheBankAddsToAnImportHasATextInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>(List.of("duplicateIdNumber", "idNumberTaken"));
    for (FileRefusal refusal : FileRefusal.values()) {
      keys.add(refusal.key());
    }
    MetadataLimits.FIELDS.forEach(field -> keys.add("tooLong." + field));

    for (String language : List.of("ja", "en")) {
      Properties bundle = load(language);
      assertThat(keys)
          .as(language)
          .allSatisfy(key -> assertThat(bundle).containsKey(ImportProblem.KEY_PREFIX + key));
    }
  }

  private static Properties load(String language) throws IOException {
    Properties bundle = new Properties();
    Path file = BUNDLES.resolve("messages_" + language + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    return bundle;
  }
}
