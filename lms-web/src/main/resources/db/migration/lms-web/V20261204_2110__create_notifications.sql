-- Notifications: one row per notice a recipient gets in the app, unique per recipient and dedup
-- key so that a retried job cannot store it twice; and each recipient's delivery per kind (a
-- missing row means INSTANT). The daily digest claims its day in daily_job_claim, so that one
-- instance of a cluster sends it. Runs on MySQL, MariaDB and H2.
CREATE TABLE notification (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recipient_id BIGINT NOT NULL,
  kind VARCHAR(40) NOT NULL,
  dedup_key VARCHAR(190) NOT NULL,
  arguments VARCHAR(2000) NOT NULL,
  delivery VARCHAR(10) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  read_at DATETIME(3) NULL,
  mailed_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_notification_dedup UNIQUE (recipient_id, dedup_key),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
)${table_options};

CREATE INDEX ix_notification_digest ON notification (delivery, mailed_at);

CREATE TABLE notification_preference (
  recipient_id BIGINT NOT NULL,
  kind VARCHAR(40) NOT NULL,
  delivery VARCHAR(10) NOT NULL,
  PRIMARY KEY (recipient_id, kind),
  CONSTRAINT fk_notification_preference_recipient FOREIGN KEY (recipient_id)
    REFERENCES account (id)
)${table_options};

INSERT INTO daily_job_claim (job, claimed_for, claimed_at)
  VALUES ('notification-digest', '2000-01-01', NULL);
