package jp.wlink.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.region.Prefecture;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class OrganisationPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void storesAnOrganisationWithItsKindAndPrefecture() {
    String name = TestRecords.unique("  さくら市上下水道部 ");
    Organisation saved =
        db.inTransaction(
            em -> {
              Organisation organisation =
                  new Organisation(
                      name,
                      OrganisationKind.SEWERAGE_UTILITY,
                      Prefecture.KAGOSHIMA,
                      TestRecords.NOW);
              em.persist(organisation);
              return organisation;
            });

    Organisation found = db.entityManager().find(Organisation.class, saved.getId());

    assertThat(found.getName()).isEqualTo(name.strip());
    assertThat(found.getKind()).isEqualTo(OrganisationKind.SEWERAGE_UTILITY);
    assertThat(found.getPrefecture()).isEqualTo(Prefecture.KAGOSHIMA);
    assertThat(found.getCreatedAt()).isEqualTo(TestRecords.NOW);
  }

  @Test
  void refusesASecondOrganisationWithTheSameName() {
    Organisation first = db.inTransaction(em -> TestRecords.organisation(em, "重複"));

    assertThat(countByName(first.getName())).isEqualTo(1);
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        em.persist(
                            new Organisation(
                                first.getName(), OrganisationKind.COMPANY, null, TestRecords.NOW))))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void findsTheOrganisationsAnAccountAdministers() {
    Account admin = db.inTransaction(em -> TestRecords.account(em, Role.ORG_ADMIN));
    Account other = db.inTransaction(em -> TestRecords.account(em, Role.ORG_ADMIN));
    Organisation bureau = db.inTransaction(em -> TestRecords.organisation(em, "B水道局"));
    Organisation company = db.inTransaction(em -> TestRecords.organisation(em, "A社"));
    Organisation unrelated = db.inTransaction(em -> TestRecords.organisation(em, "C大学"));
    db.run(
        em -> {
          em.persist(new OrganisationAdmin(bureau.getId(), admin.getId()));
          em.persist(new OrganisationAdmin(company.getId(), admin.getId()));
          em.persist(new OrganisationAdmin(unrelated.getId(), other.getId()));
        });

    List<Organisation> administered =
        db.entityManager()
            .createNamedQuery(OrganisationAdmin.ORGANISATIONS_OF, Organisation.class)
            .setParameter("accountId", admin.getId())
            .getResultList();

    assertThat(administered)
        .extracting(Organisation::getId)
        .containsExactly(company.getId(), bureau.getId());
    assertThat(isAdmin(bureau, admin)).isTrue();
    assertThat(isAdmin(unrelated, admin)).isFalse();
  }

  private long countByName(String name) {
    return db.entityManager()
        .createNamedQuery(Organisation.COUNT_BY_NAME, Long.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  private boolean isAdmin(Organisation organisation, Account account) {
    return db.entityManager()
            .createNamedQuery(OrganisationAdmin.COUNT, Long.class)
            .setParameter("organisationId", organisation.getId())
            .setParameter("accountId", account.getId())
            .getSingleResult()
        == 1;
  }
}
