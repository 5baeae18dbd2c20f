package jp.wlink.course.groups.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;

/**
 * One subject the plan distributes practice over, with its weight: the number of questions it has
 * in the real exam. Plain values, so a plan is generated without a persistence context.
 *
 * @param code stable key of the subject within the plan
 * @param name the subject's name as the blueprint gives it
 * @param examQuestions questions the subject has in the real exam; at least 1
 */
public record PlanSubject(String code, String name, int examQuestions) {
  public PlanSubject {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
    if (examQuestions < 1) {
      throw new IllegalArgumentException("exam questions must be positive: " + examQuestions);
    }
  }

  /**
   * The blueprint's subjects in its order. Blueprint subjects have no code of their own, so the
   * code is the blueprint's code and the subject's position ({@code GESUIDO_3:2}).
   */
  public static List<PlanSubject> of(Blueprint blueprint) {
    List<BlueprintSubject> subjects = blueprint.getSubjects();
    List<PlanSubject> result = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      BlueprintSubject subject = subjects.get(i);
      String code = blueprint.getCode() + ":" + (i + 1);
      result.add(new PlanSubject(code, subject.getName(), subject.getQuestionCount()));
    }
    return List.copyOf(result);
  }
}
