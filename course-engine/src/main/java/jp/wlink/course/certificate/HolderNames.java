package jp.wlink.course.certificate;

/**
 * The name a certificate is made out to, as its holder gave it. The engine knows learners only by
 * id; the application that keeps their profiles provides this.
 */
@FunctionalInterface
public interface HolderNames {
  String nameOf(long learnerId);
}
