package jp.wlink.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has head-room in its heap; a server that has run out of memory should be
 * restarted rather than sent more traffic.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {
  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(share < MAX_HEAP_USE)
        .withData("usedPercent", Math.round(share * 100))
        .build();
  }
}
