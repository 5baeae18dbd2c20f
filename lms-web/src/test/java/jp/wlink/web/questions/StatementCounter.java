package jp.wlink.web.questions;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import jp.wlink.web.testing.TestDatabase;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the read queries EclipseLink runs during some work, so that a test can prove that bulk
 * work does not ask the database once per row (a claim timing alone cannot check on a busy box).
 */
final class StatementCounter {
  private StatementCounter() {}

  static int readsDuring(TestDatabase db, Consumer<EntityManager> work) {
    EntityManager probe = db.entityManager();
    Server server = JpaHelper.getServerSession(probe.getEntityManagerFactory());
    probe.close();
    AtomicInteger reads = new AtomicInteger();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteQuery(SessionEvent event) {
            if (event.getQuery().isReadQuery()) {
              reads.incrementAndGet();
            }
          }
        };
    server.getEventManager().addListener(counter);
    try {
      db.run(work);
    } finally {
      server.getEventManager().removeListener(counter);
    }
    return reads.get();
  }
}
