package jp.wlink.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The home page quotes a figure from the sewerage settlement survey in ../shared/data. This
 * recomputes it from that file, so the page cannot drift from its source (runs where the shared
 * data sits beside the checkout, as in CI).
 */
class SewerFactCorpusTest {
  private static final Path DATA =
      Path.of("../../shared/data/facilities/sewer-finance/municipalities_flat.csv");

  @Test
  void homePageFigureMatchesTheSettlementSurvey() throws IOException {
    assumeTrue(Files.exists(DATA), "shared data is not beside this checkout");
    List<String[]> rows =
        Files.readAllLines(DATA, StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(line -> line.split(",", -1))
            .toList();
    List<String[]> usable =
        rows.stream().filter(r -> "ok".equals(r[11]) && !r[13].isBlank()).toList();
    long below = usable.stream().filter(r -> Double.parseDouble(r[13]) < 100).count();
    String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * below / usable.size());

    String text =
        ResourceBundle.getBundle("jp.wlink.web.i18n.messages", Locale.JAPANESE)
            .getString("home.fact.sewer");

    assertThat(
            Arrays.asList(String.format("%,d", usable.size()), String.format("%,d", below), share))
        .allSatisfy(figure -> assertThat(text).contains(figure));
    assertThat(rows.size() - usable.size()).isEqualTo(32);
  }
}
