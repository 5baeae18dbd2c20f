package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.scoring.Response;
import org.junit.jupiter.api.Test;

class AnswerRequestTest {

  @Test
  void readsTheJsonTheExamPlayerSends() {
    assertThat(parse("{\"kind\":\"choice\",\"choices\":[2,0]}"))
        .isEqualTo(new Response.Chosen(Set.of(0, 2)));
    assertThat(parse("{\"kind\":\"matching\",\"answers\":{\"1\":\"浮遊物質\"}}"))
        .isEqualTo(new Response.Matched(Map.of(1, "浮遊物質")));
    assertThat(parse("{\"kind\":\"cloze\",\"answers\":{\"0\":\"塩素\\n砂\"}}"))
        .isEqualTo(new Response.Gaps(Map.of(0, "塩素\n砂")));
    assertThat(parse("{\"kind\":\"trueFalse\",\"answer\":false}"))
        .isEqualTo(new Response.TrueFalse(false));
  }

  @Test
  void refusesJsonThatIsNoResponse() {
    assertThatThrownBy(() -> parse("{\"kind\":\"lottery\",\"numbers\":[7]}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsNoResponseAsClearingTheAnswer() {
    assertThat(new AnswerRequest().parsedResponse()).isNull();
  }

  @Test
  void givesBackASavedAnswerInTheSameJson() {
    Response saved = new Response.Ordered(java.util.List.of(2, 0, 1));

    String text = ResponseValues.text(Optional.of(saved));

    assertThat(parse(text)).isEqualTo(saved);
    assertThat(ResponseValues.text(Optional.empty())).isEmpty();
  }

  private static Response parse(String json) {
    AnswerRequest request = new AnswerRequest();
    request.setResponse(object(json));
    return request.parsedResponse();
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
