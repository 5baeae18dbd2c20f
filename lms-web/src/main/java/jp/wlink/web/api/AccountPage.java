package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the account list and the total number of accounts. */
@Schema(name = "AccountPage")
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record AccountPage(List<AccountSummary> items, int page, int size, long total) {}
