package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.web.account.Role;
import org.junit.jupiter.api.Test;

class AuthorRightsTest {
  private static final long HOST_ID = 7;
  private final AuthorRights host = new AuthorRights(HOST_ID, Set.of(Role.HOST));
  private final AuthorRights admin = new AuthorRights(1, Set.of(Role.ADMIN, Role.STAFF));
  private final AuthorRights orgAdmin = new AuthorRights(2, Set.of(Role.ORG_ADMIN));

  @Test
  void letsAHostEditOnlyTheirOwnQuestions() {
    assertThat(host.mayEdit(HOST_ID)).isTrue();
    assertThat(host.mayEdit(99L)).isFalse();
    assertThat(host.mayEdit(null)).isFalse();
  }

  @Test
  void letsAnAdministratorEditEveryQuestionAndPublish() {
    assertThat(admin.mayEdit(99L)).isTrue();
    assertThat(admin.maySetStatus(QuestionStatus.PUBLISHED)).isTrue();
    assertThat(admin.maySetStatus(QuestionStatus.RETIRED)).isTrue();
  }

  @Test
  void keepsPublishingAndRetiringFromHosts() {
    assertThat(host.maySetStatus(QuestionStatus.IN_REVIEW)).isTrue();
    assertThat(host.maySetStatus(QuestionStatus.PUBLISHED)).isFalse();
    assertThat(host.maySetStatus(QuestionStatus.RETIRED)).isFalse();
  }

  @Test
  void offersAHostThePublishedStatusOnlyWhenTheQuestionIsAlreadyPublished() {
    assertThat(host.statusChoices(QuestionStatus.DRAFT))
        .containsExactly(QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW);
    assertThat(host.statusChoices(QuestionStatus.PUBLISHED))
        .containsExactly(QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW, QuestionStatus.PUBLISHED);
  }

  @Test
  void treatsOrganisationAdminsAsReadersNotAuthors() {
    assertThat(orgAdmin.isAuthor()).isFalse();
    assertThat(orgAdmin.mayEdit(2L)).isFalse();
    assertThat(orgAdmin.maySetStatus(QuestionStatus.DRAFT)).isFalse();
  }
}
