package jp.wlink.course.bench;

import java.util.SplittableRandom;

/**
 * Generated stored answers in columns, grouped by learner and in time order within a learner, as a
 * table of attempts would return them. Each learner has a true ability per skill, has reached a
 * random point of the course, and answers random items of the skills reached; correctness follows a
 * Rasch model, gaps between answers run from a minute to a few days.
 */
final class AnswerLog {
  final int learners;
  final int size;
  final int[] learner;
  final int[] item;
  final boolean[] correct;
  final long[] epochSecond;
  final int[] responseMillis;
  final int[] firstAnswer;

  AnswerLog(GeneratedCourse course, int learners, int answers, long start, long seed) {
    this.learners = learners;
    this.size = answers;
    this.learner = new int[answers];
    this.item = new int[answers];
    this.correct = new boolean[answers];
    this.epochSecond = new long[answers];
    this.responseMillis = new int[answers];
    this.firstAnswer = new int[learners + 1];
    SplittableRandom random = new SplittableRandom(seed);
    int perLearner = answers / learners;
    for (int l = 0; l < learners; l++) {
      firstAnswer[l] = l * perLearner;
      int count = l == learners - 1 ? answers - l * perLearner : perLearner;
      generateLearner(course, l, firstAnswer[l], count, start, random);
    }
    firstAnswer[learners] = answers;
  }

  private void generateLearner(
      GeneratedCourse course, int l, int from, int count, long start, SplittableRandom random) {
    double general = GeneratedCourse.gaussian(random);
    double[] ability = new double[course.skills];
    for (int s = 0; s < course.skills; s++) {
      ability[s] = general + 0.5 * GeneratedCourse.gaussian(random) + 0.3;
    }
    int reached = 5 + random.nextInt(course.skills - 4);
    int perSkill = course.items / course.skills;
    long time = start + random.nextInt(86_400 * 30);
    for (int k = 0; k < count; k++) {
      int a = from + k;
      int skill = Math.min(reached - 1, (int) ((double) k / count * reached + random.nextInt(3)));
      int chosen = skill * perSkill + random.nextInt(perSkill);
      double p = 1 / (1 + Math.exp(course.trueDifficulty[chosen] - ability[skill]));
      learner[a] = l;
      item[a] = chosen;
      correct[a] = random.nextDouble() < p;
      time += 60 + (long) (Math.pow(random.nextDouble(), 4) * 3 * 86_400);
      epochSecond[a] = time;
      responseMillis[a] = 8_000 + random.nextInt(80_000);
    }
  }
}
