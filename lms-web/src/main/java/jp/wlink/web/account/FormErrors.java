package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import jp.wlink.web.i18n.Messages;

/** Shows each reason of a refused request next to the input it belongs to. */
@ApplicationScoped
public class FormErrors {
  @Inject private Messages messages;

  /** A field the page did not map gets its message at the top of the page instead. */
  public void show(AccountRequestRefused refused, Map<FormField, String> clientIds) {
    for (Refusal refusal : refused.refusals()) {
      messages.error(
          clientIds.get(refusal.field()), refusal.messageKey(), refusal.arguments().toArray());
    }
  }
}
