package jp.wlink.question.bank.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The few questions an import needs to know about, fetched by value in chunks (never row by row,
 * never the whole bank): those with the same fingerprints and those with the same idnumbers.
 */
final class BankLookups {
  private static final int CHUNK = 1000;

  private final EntityManager em;

  BankLookups(EntityManager em) {
    this.em = em;
  }

  /** A category and an idnumber, compared as the database compares them (ignoring case). */
  record IdNumber(long categoryId, String idNumber) {
    static IdNumber of(long categoryId, String idNumber) {
      return new IdNumber(categoryId, idNumber.strip().toLowerCase(Locale.ROOT));
    }
  }

  Set<String> fingerprintsInBank(Collection<String> fingerprints) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(fingerprints)) {
      found.addAll(
          em.createQuery(
                  "SELECT q.fingerprint FROM Question q WHERE q.fingerprint IN :values",
                  String.class)
              .setParameter("values", chunk)
              .getResultList());
    }
    return found;
  }

  Set<IdNumber> idNumbersInBank(Collection<String> idNumbers) {
    Set<IdNumber> found = new HashSet<>();
    for (List<String> chunk : chunks(idNumbers)) {
      em.createQuery(
              "SELECT q.category.id, q.idNumber FROM Question q WHERE q.idNumber IN :values",
              Object[].class)
          .setParameter("values", chunk)
          .getResultStream()
          .forEach(row -> found.add(IdNumber.of((Long) row[0], (String) row[1])));
    }
    return found;
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> distinct = new ArrayList<>(new HashSet<>(values));
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
    }
    return chunks;
  }
}
