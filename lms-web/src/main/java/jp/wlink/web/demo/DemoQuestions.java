package jp.wlink.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.moodle.MoodleXmlReader;
import jp.wlink.web.questions.CertificationOption;

/**
 * The demo's practice questions (resources jp/wlink/web/demo/questions, see the README there), read
 * with the real Moodle XML reader and given the bank's metadata: the category path [certification,
 * subject] names a blueprint and its subject, tags {@code level-N} give the level and {@code
 * skill-x} the skill {@code x}, the general feedback (where the files keep 解説) is the explanation,
 * and every question is published.
 */
public final class DemoQuestions {
  static final List<String> FILES =
      List.of("gesuido-3.xml", "gesuido-2.xml", "kyusui.xml", "suido-kanri-3.xml");
  private static final String FOLDER = "/jp/wlink/web/demo/questions/";
  private static final Pattern LEVEL = Pattern.compile("level-([1-5])");
  private static final String SKILL = "skill-";

  /**
   * Subject names the files spell differently from the blueprints: the blueprint corrects the
   * source's 施行管理法 to the exam's 施工管理法 (its note says so).
   */
  private static final Map<String, String> SUBJECT_SPELLINGS = Map.of("施行管理法", "施工管理法");

  /** An exam part in full-width brackets, 給水装置の概要（学科試験2）, is not part of the name. */
  private static final Pattern PART = Pattern.compile("（[^（）]*）$");

  private final List<CertificationOption> certifications;

  public DemoQuestions(List<CertificationOption> certifications) {
    this.certifications = List.copyOf(certifications);
  }

  /** Every demo file read and mapped, under {@code top} (empty in the demo itself). */
  public ImportReport read(List<String> top) {
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (String file : FILES) {
      ImportReport report = readFile(file);
      report.questions().forEach(q -> questions.add(map(q, top)));
      problems.addAll(report.problems());
    }
    return new ImportReport(questions, problems);
  }

  /**
   * A file of a course's practice questions: mapped like the others, but tied to the course's
   * certification (a blueprint code, or none) rather than to one its category path names, since a
   * course draws its practice by skill. The second category level (the unit) is the subject, which
   * a practice result groups its scores by.
   */
  // LIMITATION: the unit stays the subject, so a mock exam of the certification, which draws by
  // the blueprint's subjects, never draws a course's practice question.
  public ImportReport readCourseFile(String file, Optional<String> certification) {
    ImportReport report = readFile(file);
    List<ImportedQuestion> mapped =
        report.questions().stream()
            .map(q -> withCertification(map(q, List.of()), certification))
            .toList();
    return new ImportReport(mapped, report.problems());
  }

  private static ImportedQuestion withCertification(
      ImportedQuestion question, Optional<String> certification) {
    QuestionMetadata m = question.metadata();
    QuestionMetadata tied =
        new QuestionMetadata(
            m.categoryPath(),
            m.tags(),
            certification,
            m.subject(),
            m.skills(),
            m.level(),
            m.source(),
            m.year(),
            m.author(),
            m.licence(),
            m.status(),
            m.idNumber());
    return new ImportedQuestion(question.line(), question.content(), tied, question.files());
  }

  private static ImportReport readFile(String file) {
    try (InputStream in = DemoQuestions.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("demo question file missing: " + file);
      }
      return new MoodleXmlReader().read(in, ImportOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ImportedQuestion map(ImportedQuestion question, List<String> top) {
    return new ImportedQuestion(
        question.line(),
        withExplanation(question.content()),
        metadata(question.metadata(), top),
        question.files());
  }

  private QuestionMetadata metadata(QuestionMetadata read, List<String> top) {
    List<String> path = read.categoryPath();
    Optional<CertificationOption> certification =
        path.isEmpty() ? Optional.empty() : certificationNamed(path.get(0));
    List<String> categoryPath = new ArrayList<>(top);
    categoryPath.addAll(path);
    return new QuestionMetadata(
        categoryPath,
        read.tags().stream().filter(t -> !isLevel(t) && !t.startsWith(SKILL)).toList(),
        certification.map(CertificationOption::code).or(() -> path.stream().findFirst()),
        path.size() < 2 ? Optional.empty() : Optional.of(subject(certification, path.get(1))),
        read.tags().stream().filter(t -> t.startsWith(SKILL)).map(DemoQuestions::skill).toList(),
        read.tags().stream()
            .filter(DemoQuestions::isLevel)
            .findFirst()
            .map(t -> Integer.parseInt(t.substring(t.indexOf('-') + 1)))
            .orElse(read.level()),
        read.source(),
        read.year(),
        read.author(),
        read.licence(),
        QuestionStatus.PUBLISHED,
        read.idNumber());
  }

  private Optional<CertificationOption> certificationNamed(String name) {
    return certifications.stream().filter(c -> c.name().equals(name.strip())).findFirst();
  }

  /** The blueprint's own spelling of the subject, or the file's when the blueprint has none. */
  private static String subject(Optional<CertificationOption> certification, String name) {
    String plain = PART.matcher(name.strip()).replaceAll("");
    String spelled = SUBJECT_SPELLINGS.getOrDefault(plain, plain);
    List<String> known = certification.map(CertificationOption::subjects).orElse(List.of());
    return known.contains(name.strip()) ? name.strip() : known.contains(spelled) ? spelled : name;
  }

  private static QuestionContent withExplanation(QuestionContent content) {
    if (!content.explanation().isEmpty() || content.generalFeedback().isEmpty()) {
      return content;
    }
    return new QuestionContent(
        content.type(),
        content.name(),
        content.stem(),
        content.generalFeedback(),
        content.generalFeedback(),
        content.defaultMark(),
        content.penalty(),
        content.body());
  }

  private static boolean isLevel(String tag) {
    return LEVEL.matcher(tag).matches();
  }

  private static String skill(String tag) {
    return tag.substring(SKILL.length());
  }
}
