-- Certification blueprints: subjects in order, pass rule, sources. Seeded with four blueprints
-- whose figures come from ../shared/data/domain/qualifications (each note says which values are
-- documented and which are W/LINK's own practice values). Runs on H2 (LEGACY), MySQL and MariaDB.

CREATE TABLE blueprint (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code VARCHAR(40) NOT NULL,
  name_ja VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  time_limit_minutes INT NOT NULL,
  overall_kind VARCHAR(10),
  overall_value INT,
  core_kind VARCHAR(10),
  core_value INT,
  note LONGTEXT,
  version BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_blueprint_code UNIQUE (code)
)${table_options};

CREATE TABLE blueprint_subject (
  blueprint_id BIGINT NOT NULL,
  position INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  question_count INT NOT NULL,
  minimum_correct INT,
  core_subject BOOLEAN NOT NULL,
  PRIMARY KEY (blueprint_id, position),
  CONSTRAINT fk_blueprint_subject_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
)${table_options};

CREATE TABLE blueprint_source (
  blueprint_id BIGINT NOT NULL,
  position INT NOT NULL,
  url VARCHAR(500) NOT NULL,
  PRIMARY KEY (blueprint_id, position),
  CONSTRAINT fk_blueprint_source_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
)${table_options};


-- 下水道技術検定 第3種
INSERT INTO blueprint (code, name_ja, name_en, time_limit_minutes, overall_kind,
    overall_value, core_kind, core_value, note, version)
  VALUES ('GESUIDO_3',
    '下水道技術検定 第3種', 'Sewerage Technology Examination, Class 3', 195, 'CORRECT', 38,
    NULL, NULL,
    '出題数（60問・四肢択一）と試験時間（3時間15分）は出典のとおりです。合格ラインは出典に「60問中おおよそ38〜43問（年により変動）」とあり、固定の公式基準は公表されていません。この模擬試験では出典の幅の下限である38問を合格の目安とします。本番に備えるなら43問以上を目標にしてください。',
    0);
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 0, '下水処理', 16, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 1, '工場排水', 6, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 2, '運転管理', 23, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 3, '安全管理', 6, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 4, '法規', 9, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 0, 'https://www.sewagekb.org/content/gesuido_kentei_3/kenteiSummry.htm'
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 1, 'https://www.jswa.go.jp/kentei/goannai.html'
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 2, 'https://koregasiritai.com/gesuidougijutukentei-kaitousokuhou'
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 3, 'https://constupper.com/?p=7783'
    FROM blueprint WHERE code = 'GESUIDO_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 4, 'https://shikakude.com/kosikakupaje/gesui.html'
    FROM blueprint WHERE code = 'GESUIDO_3';

-- 下水道技術検定 第2種
INSERT INTO blueprint (code, name_ja, name_en, time_limit_minutes, overall_kind,
    overall_value, core_kind, core_value, note, version)
  VALUES ('GESUIDO_2',
    '下水道技術検定 第2種', 'Sewerage Technology Examination, Class 2', 195, 'PERCENT', 60,
    NULL, NULL,
    '科目（下水道設計・施工管理法・下水処理・法規）と試験時間（3時間15分）は出典のとおりです。各科目の出題数と合格ライン（全体の60%）は出典になく、W/LINK独自の練習用の値です。出典の表記「施行管理法」は試験の科目名「施工管理法」に改めています。',
    0);
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 0, '下水道設計', 20, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_2';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 1, '施工管理法', 15, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_2';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 2, '下水処理', 15, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_2';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 3, '法規', 10, NULL, FALSE
    FROM blueprint WHERE code = 'GESUIDO_2';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 0, 'https://shikakude.com/kosikakupaje/gesui.html'
    FROM blueprint WHERE code = 'GESUIDO_2';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 1, 'https://constupper.com/?p=7783'
    FROM blueprint WHERE code = 'GESUIDO_2';

-- 給水装置工事主任技術者
INSERT INTO blueprint (code, name_ja, name_en, time_limit_minutes, overall_kind,
    overall_value, core_kind, core_value, note, version)
  VALUES ('KYUSUI_SHUNIN',
    '給水装置工事主任技術者', 'Chief Engineer of Water Supply Installation Work', 210, 'CORRECT', 40,
    'CORRECT', 27,
    '合格基準は出典のとおり、必須6科目（学科試験1）の合計27点以上、全8科目の合計40点以上、かつ各科目が最低点以上です。学科試験1（150分・40問）と学科試験2（60分・20問）を続けて210分の1回として出題します。学科試験2の出題数は出典により異なり（古い表では概要10問・施工管理法10問）、ここでは近年の15問・5問を採用しています。管工事施工管理技士の学科試験2免除は模擬試験では扱いません。数値は受験対策サイトの集計によるもので、給水工事技術振興財団の発表で確認してください。',
    0);
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 0, '公衆衛生概論', 3, 1, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 1, '水道行政', 6, 2, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 2, '給水装置工事法', 10, 4, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 3, '給水装置の構造及び性能', 10, 4, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 4, '給水装置計画論', 6, 2, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 5, '給水装置工事事務論', 5, 2, TRUE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 6, '給水装置の概要', 15, 5, FALSE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 7, '給水装置施工管理法', 5, 2, FALSE
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 0, 'https://kakomon-shikaku.info/site/kyuusui.html'
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 1, 'https://shikakuhacker.net/?p=22618'
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 2, 'https://kakomon-goukaku.com/kyuusuisksg-01/'
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 3, 'https://www.sat-co.info/ec/kyuusui/exam'
    FROM blueprint WHERE code = 'KYUSUI_SHUNIN';

-- 水道技術管理者 資格取得講習 確認演習
INSERT INTO blueprint (code, name_ja, name_en, time_limit_minutes, overall_kind,
    overall_value, core_kind, core_value, note, version)
  VALUES ('SUIDO_KANRISHA_KOSHU',
    '水道技術管理者 資格取得講習 確認演習', 'Water Supply Technical Manager: qualifying course practice', 60, 'PERCENT', 60,
    NULL, NULL,
    '水道技術管理者は水道法第19条による任用資格で、国家試験はありません。この演習は、登録講習（日本水道協会の資格取得講習会）と職務（施設検査、給水開始前の水質検査・施設検査、給水装置の基準適合検査、定期・臨時の水質検査、健康診断、衛生上の措置、給水の緊急停止）の理解を確かめるためのW/LINK独自の練習用です。科目・出題数・時間・合格ラインはすべてW/LINKの練習値です。',
    0);
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 0, '水道法と水道技術管理者の職務', 10, NULL, FALSE
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 1, '水質管理と衛生上の措置', 10, NULL, FALSE
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 2, '水道施設の基準と検査', 10, NULL, FALSE
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 3, '給水装置の基準と検査', 10, NULL, FALSE
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 0, 'https://www.mlit.go.jp/mizukokudo/watersupply/stf_seisakunitsuite_bunya_kenkou_iryou_kenkou_suido_kanrisya_index.html'
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 1, 'https://www.jil.go.jp/jil/kisya/stoukatu/20010426_04_st/20010426_04_st_42bessi.html'
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 2, 'https://www.pref.gunma.jp/page/6232.html'
    FROM blueprint WHERE code = 'SUIDO_KANRISHA_KOSHU';
