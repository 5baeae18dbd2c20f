package jp.wlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import jp.wlink.question.bank.ContentLimits;
import jp.wlink.question.bank.QuestionContentJson;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import org.junit.jupiter.api.Test;

class QuestionInputTest {
  /** SampleContents wraps the stem in a paragraph. */
  private static final int ROOM = ContentLimits.TEXT - "<p></p>".length();

  @Test
  void readsAStemOfExactlyTheLimit() {
    JsonObject body = body("水".repeat(ROOM));

    assertThat(QuestionInput.read(body).content().stem().text()).hasSize(ContentLimits.TEXT);
  }

  @Test
  void refusesAnOverLongStemAsABadRequest() {
    JsonObject body = body("水".repeat(ROOM + 1));

    assertThatThrownBy(() -> QuestionInput.read(body))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST));
  }

  private static JsonObject body(String stem) {
    String content =
        QuestionContentJson.write(
            SampleContents.content(QuestionType.DESCRIPTION, stem, new QuestionBody.Description()));
    JsonObject json = Json.createReader(new StringReader(content)).readObject();
    JsonObject metadata =
        Json.createObjectBuilder().add("categoryPath", Json.createArrayBuilder().add("法規")).build();
    return Json.createObjectBuilder().add("content", json).add("metadata", metadata).build();
  }
}
