package jp.wlink.course.model;

import java.util.Arrays;

/**
 * Fits an L2-regularised logistic regression to sparse rows of equal width by Newton's method with
 * a backtracking line search. The dimension stays in the hundreds, so each Newton step builds the
 * dense Hessian from the rows' non-zeros and solves it by Cholesky decomposition.
 */
final class LogisticFit {
  private static final int MAX_STEPS = 30;
  private static final double TOLERANCE = 1e-7;

  private final int dimension;
  private final int width;
  private final double[] penalty;
  private int rows;
  private int[] index = new int[0];
  private double[] value = new double[0];
  private boolean[] label = new boolean[0];

  /**
   * @param penalty the L2 weight on each coefficient (0 leaves it free)
   * @param width how many non-zeros each row has
   */
  LogisticFit(double[] penalty, int width) {
    this.dimension = penalty.length;
    this.width = width;
    this.penalty = penalty.clone();
  }

  int rows() {
    return rows;
  }

  void add(int[] rowIndex, double[] rowValue, boolean correct) {
    if (rows == label.length) {
      int capacity = Math.max(1024, rows * 2);
      index = Arrays.copyOf(index, capacity * width);
      value = Arrays.copyOf(value, capacity * width);
      label = Arrays.copyOf(label, capacity);
    }
    System.arraycopy(rowIndex, 0, index, rows * width, width);
    System.arraycopy(rowValue, 0, value, rows * width, width);
    label[rows++] = correct;
  }

  /** The coefficients that minimise the penalised log loss. */
  double[] fit() {
    double[] coefficients = new double[dimension];
    double loss = loss(coefficients);
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[dimension];
      double[] hessian = new double[dimension * dimension];
      derivatives(coefficients, gradient, hessian);
      double[] direction = Cholesky.solve(hessian, gradient, dimension);

      double scale = 1;
      double[] next = moved(coefficients, direction, scale);
      double nextLoss = loss(next);
      while (nextLoss > loss && scale > 1e-4) {
        scale /= 2;
        next = moved(coefficients, direction, scale);
        nextLoss = loss(next);
      }

      boolean settled = loss - nextLoss < TOLERANCE * rows;
      coefficients = next;
      loss = Math.min(loss, nextLoss);
      if (settled) {
        break;
      }
    }
    return coefficients;
  }

  private double loss(double[] coefficients) {
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      double z = linear(coefficients, r);
      sum += label[r] ? softplus(-z) : softplus(z);
    }
    for (int j = 0; j < dimension; j++) {
      sum += penalty[j] * coefficients[j] * coefficients[j] / 2;
    }
    return sum;
  }

  private void derivatives(double[] coefficients, double[] gradient, double[] hessian) {
    for (int r = 0; r < rows; r++) {
      double p = Logistic.sigmoid(linear(coefficients, r));
      double residual = p - (label[r] ? 1 : 0);
      double weight = p * (1 - p);
      int base = r * width;
      for (int a = 0; a < width; a++) {
        int i = index[base + a];
        double vi = value[base + a];
        gradient[i] += residual * vi;
        for (int b = 0; b < width; b++) {
          hessian[i * dimension + index[base + b]] += weight * vi * value[base + b];
        }
      }
    }
    for (int j = 0; j < dimension; j++) {
      gradient[j] += penalty[j] * coefficients[j];
      hessian[j * dimension + j] += penalty[j] + 1e-9;
    }
  }

  private double linear(double[] coefficients, int r) {
    double z = 0;
    int base = r * width;
    for (int a = 0; a < width; a++) {
      z += coefficients[index[base + a]] * value[base + a];
    }
    return z;
  }

  private static double[] moved(double[] from, double[] direction, double scale) {
    double[] to = new double[from.length];
    for (int j = 0; j < from.length; j++) {
      to[j] = from[j] - scale * direction[j];
    }
    return to;
  }

  private static double softplus(double z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }
}
