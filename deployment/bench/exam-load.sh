#!/usr/bin/env bash
# Many learners taking one mock exam at once against a real W/LINK on MariaDB.
#   ./mvnw -q -DskipTests package && bash deployment/bench/exam-load.sh [learners] [seconds]
# Starts the built bundle on a free port with a fresh schema ($WLINK_BENCH_SCHEMA, default
# wlink_test_load; demo content on, so the blueprints and practice questions exist), adds the
# learners as plain rows, runs ExamLoad.java
# (each learner logs in through the API, starts 下水道技術検定 第3種 and saves an answer every 2-4 s),
# then compares the saves the server acknowledged with what the database holds: every save raises
# its slot's revision by one, so the sum of revisions must equal the acknowledged count.
set -euo pipefail
cd "$(dirname "$0")/../.."
learners="${1:-500}"
seconds="${2:-120}"
bundle=deployment/target/wlink
schema=${WLINK_BENCH_SCHEMA:-wlink_test_load}  # the test user may use every schema named wlink_test*
db="mariadb -uroot"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'pkill -f "$work/payara" || true; cp "$work/server.log" deployment/target/exam-load-server.log 2>/dev/null; rm -rf "$work"' EXIT

# The same test user .ci/run creates, so the bench also runs on a machine that never ran the suite.
$db -e "CREATE USER IF NOT EXISTS 'wlink_test'@'localhost' IDENTIFIED BY 'wlink_test';
  CREATE USER IF NOT EXISTS 'wlink_test'@'127.0.0.1' IDENTIFIED BY 'wlink_test';
  GRANT ALL PRIVILEGES ON \`wlink\\_test%\`.* TO 'wlink_test'@'localhost';
  GRANT ALL PRIVILEGES ON \`wlink\\_test%\`.* TO 'wlink_test'@'127.0.0.1';"
$db -e "DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
(cd "$work" && WLINK_PORT=$port WLINK_ROOTDIR="$work/payara" WLINK_HEAP="${WLINK_HEAP:-512m}" \
  WLINK_DB_URL="jdbc:mysql://127.0.0.1:3306/$schema?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true" \
  WLINK_DB_USER=wlink_test WLINK_DB_PASSWORD=wlink_test WLINK_COOKIE_SECURE=false \
  WLINK_BASE_URL="http://localhost:$port" \
  bash "$OLDPWD/$bundle/start.sh" > "$work/server.log" 2>&1 &)
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://localhost:$port/health/ready" && break
  sleep 0.5
done
curl -sf -o /dev/null "http://localhost:$port/health/ready" || { tail -50 "$work/server.log"; exit 1; }
for _ in $(seq 1 300); do
  published=$($db -N -e "SELECT COUNT(*) FROM $schema.question WHERE status='PUBLISHED'" 2>/dev/null || echo 0)
  [ "$published" -gt 0 ] && break
  sleep 1
done
[ "$published" -gt 0 ] || { echo "no demo questions were published; see $work/server.log" >&2; tail -20 "$work/server.log"; exit 1; }

# Learners as rows, with a cheap PBKDF2 count: a stored hash carries its own iteration count.
python3 - "$learners" > "$work/learners.sql" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha512", b"Bench-Password-2026!", salt, 1000, 64)
stored = "PBKDF2WithHmacSHA512:1000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())
print("INSERT INTO account (email, handle, password_hash, status, locale, created_at, email_verified_at, version) VALUES")
print(",\n".join("('bench%04d@bench.wlink.jp', 'bench%04d', '%s', 'ACTIVE', 'ja', NOW(3), NOW(3), 1)" % (i, i, stored)
                 for i in range(1, int(sys.argv[1]) + 1)) + ";")
print("INSERT INTO account_role (account_id, role) SELECT id, 'STAFF' FROM account WHERE email LIKE 'bench%@bench.wlink.jp';")
PY
$db "$schema" < "$work/learners.sql"
blueprint=$($db -N -e "SELECT id FROM $schema.blueprint WHERE code = 'GESUIDO_3'")

java -Xmx1g deployment/bench/ExamLoad.java "http://localhost:$port" "$blueprint" "$learners" "$seconds" \
  | tee "$work/load.txt"
stored=$($db -N -e "SELECT COALESCE(SUM(s.revision), 0) FROM $schema.attempt_slot s
  JOIN $schema.exam_attempt a ON a.id = s.attempt_id JOIN $schema.account u ON u.id = a.learner_id
  WHERE u.email LIKE 'bench%@bench.wlink.jp'")
acknowledged=$(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' "$work/load.txt")
echo "stored answers (sum of slot revisions) = $stored; acknowledged saves = $acknowledged"
[ "$stored" = "$acknowledged" ] || { echo "MISMATCH: saves acknowledged but not stored" >&2; exit 1; }
