package jp.wlink.course.model;

/** Solves a symmetric positive-definite system by Cholesky decomposition, in place. */
final class Cholesky {
  private Cholesky() {}

  /**
   * Solves {@code A x = b} for a row-major symmetric positive-definite {@code A} of size n × n;
   * {@code A} is overwritten by its lower factor.
   */
  static double[] solve(double[] a, double[] b, int n) {
    decompose(a, n);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= a[i * n + k] * y[k];
      }
      y[i] = sum / a[i * n + i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= a[k * n + i] * x[k];
      }
      x[i] = sum / a[i * n + i];
    }
    return x;
  }

  private static void decompose(double[] a, int n) {
    for (int j = 0; j < n; j++) {
      double diagonal = a[j * n + j];
      for (int k = 0; k < j; k++) {
        diagonal -= a[j * n + k] * a[j * n + k];
      }
      if (!(diagonal > 0)) {
        throw new ArithmeticException("matrix is not positive definite at row " + j);
      }
      a[j * n + j] = Math.sqrt(diagonal);
      for (int i = j + 1; i < n; i++) {
        double sum = a[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= a[i * n + k] * a[j * n + k];
        }
        a[i * n + j] = sum / a[j * n + j];
      }
    }
  }
}
