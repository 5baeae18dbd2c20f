-- A practice blueprint for 水道施設管理技士 3級（浄水）, the Japan Water Works Association's own
-- qualification for treatment-plant operators, so that the water side has a set with questions.
-- The qualification is granted after a course and a review, not a national exam: subjects,
-- counts, time and pass line below are W/LINK's practice values, as the note says.
INSERT INTO blueprint (code, name_ja, name_en, time_limit_minutes, overall_kind,
    overall_value, core_kind, core_value, note, version)
  VALUES ('SUIDO_SHISETSU_3',
    '水道施設管理技士 3級（浄水）', 'Water Facility Manager, Grade 3 (Treatment): practice', 30,
    'PERCENT', 60, NULL, NULL,
    '水道施設管理技士は日本水道協会の任意資格で、3級は浄水施設または導水・送水・配水施設の実務経験（合計3年以上）、資格審査と初任者講習会によって認定されます。この演習は講習内容の理解を確かめるためのW/LINK独自の練習用で、科目・出題数・時間・合格ライン（60%）はW/LINKの練習値です。',
    0);
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 0, '浄水処理', 5, NULL, FALSE FROM blueprint WHERE code = 'SUIDO_SHISETSU_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 1, '水質管理', 5, NULL, FALSE FROM blueprint WHERE code = 'SUIDO_SHISETSU_3';
INSERT INTO blueprint_subject (blueprint_id, position, name, question_count, minimum_correct,
    core_subject)
  SELECT id, 2, '施設の維持管理', 5, NULL, FALSE FROM blueprint WHERE code = 'SUIDO_SHISETSU_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 0, 'http://www.jwwa.or.jp/kanrigishi/Html/youkou.html'
    FROM blueprint WHERE code = 'SUIDO_SHISETSU_3';
INSERT INTO blueprint_source (blueprint_id, position, url)
  SELECT id, 1, 'http://annai.jwwa.or.jp/kanrigishi/html/youryou_3_1.html'
    FROM blueprint WHERE code = 'SUIDO_SHISETSU_3';
