package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the question list and how many questions match the filter. */
@Schema(name = "QuestionPage")
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record QuestionSummaryPage(List<QuestionSummary> items, int page, int size, long total) {}
