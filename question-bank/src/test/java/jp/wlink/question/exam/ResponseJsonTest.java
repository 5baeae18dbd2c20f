package jp.wlink.question.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.wlink.question.scoring.Response;
import org.junit.jupiter.api.Test;

class ResponseJsonTest {

  @Test
  void everyKindOfResponseComesBackEqual() {
    List<Response> responses =
        List.of(
            new Response.Chosen(Set.of(0, 3)),
            new Response.TrueFalse(false),
            new Response.Text("塩素 0.1 mg/L"),
            new Response.Matched(Map.of(0, "沈殿池", 2, "ろ過池")),
            new Response.Ordered(List.of(2, 0, 1)),
            new Response.Gaps(Map.of(0, "髙橋", 1, "50,000㎥/日")));

    for (Response response : responses) {
      assertThat(ResponseJson.read(ResponseJson.write(response))).isEqualTo(response);
    }
  }

  @Test
  void namesTheKindSoTheStoredJsonReadsWithoutTheJavaType() {
    assertThat(ResponseJson.write(new Response.TrueFalse(true))).contains("\"kind\":\"trueFalse\"");
  }

  @Test
  void aClearedAnswerIsStoredAsNull() {
    assertThat(ResponseJson.write(null)).isNull();
    assertThat(ResponseJson.read(null)).isNull();
  }
}
