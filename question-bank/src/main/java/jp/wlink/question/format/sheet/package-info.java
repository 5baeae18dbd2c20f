/**
 * The question sheet: one layout read and written as .xlsx ({@link
 * jp.wlink.question.format.sheet.XlsxQuestionReader}, {@link
 * jp.wlink.question.format.sheet.XlsxQuestionWriter}) and as CSV ({@link
 * jp.wlink.question.format.sheet.CsvQuestionReader}, {@link
 * jp.wlink.question.format.sheet.CsvQuestionWriter}), and the downloadable {@link
 * jp.wlink.question.format.sheet.SheetTemplate}. The column layout lives in one place, SheetColumn;
 * the words (headers, type and status names, option keywords) in the template_ja and template_en
 * bundles beside it. Readers accept either language, regardless of width, case and spaces, and name
 * problems by the row number Excel shows and the header as the file spells it.
 *
 * <h2>Layout</h2>
 *
 * <p>Row 1 is the header; each later row one question; empty rows are skipped. Columns may come in
 * any order; only 種類/Type and 問題文/Question text are required.
 *
 * <ul>
 *   <li>種類 Type: 単一選択, 複数選択, 正誤, 短答, 数値, 組合せ, 並べ替え, 穴埋め, 記述, 説明文 (or the English names, or the enum
 *       names).
 *   <li>カテゴリ Category: the path, split at " / " or "&gt;".
 *   <li>問題名 Name (blank: the first 40 characters of the stem); 問題文 Question text.
 *   <li>正解 Answer, 選択肢n Choice n, フィードバックn Feedback n (as many as needed), 単位 Units, 設定 Options:
 *       the body, by type (below).
 *   <li>全体フィードバック General feedback, 解説 Explanation, 配点 Default mark (blank: 1, description 0), 減点率
 *       Penalty (0 to 1, blank: 0).
 *   <li>レベル Level (1–5, blank 1), 状態 Status (blank 下書き), タグ Tags and スキル Skills (split at "," "、"
 *       or ";"), 資格 Certification, 科目 Subject, 出典 Source, 年度 Year, 作成者 Author, ライセンス Licence, ID番号
 *       ID number.
 * </ul>
 *
 * <h2>Body by type</h2>
 *
 * <ul>
 *   <li>Single choice and multiple response: choices in the choice columns; Answer names the right
 *       ones by number ("2", "1, 3"); "n:p" gives choice n p percent ("1:100, 4:-50"). A bare
 *       number earns the whole mark, or in a multiple-response row an equal share; choices not
 *       named earn nothing. Options "選択肢を並べ替えない" keeps their order.
 *   <li>True/false: Answer ○ or × (正/誤, TRUE/FALSE); Feedback 1 for answering true, 2 for false.
 *   <li>Short answer: accepted answers in the choice columns; Answer blank means all earn the whole
 *       mark, else the same key as above. Option "大文字小文字を区別" makes them case sensitive.
 *   <li>Numerical: "value" or "value±tolerance" in the choice columns, key as for short answer;
 *       Units "m3/日; L/日=1000": "=n" says how many of the unit make one main unit, as in Moodle; a
 *       unit without it is the main unit. Option "単位必須".
 *   <li>Matching: "prompt → answer" per choice column ("=&gt;" also works; split at the last
 *       arrow); "→ answer" alone is a distractor.
 *   <li>Ordering: the items in their right order.
 *   <li>Cloze: {#1}, {#2}... in the stem, and gap n in choice column n in Moodle's embedded syntax
 *       ({@code {1:SHORTANSWER:=残留塩素#正解~%50%塩素}}), see the cloze package.
 *   <li>Essay: Answer holds the grader's notes, Choice 1 the response template, option "行数=N" the
 *       height of the answer box (blank 15).
 *   <li>Description: the stem only.
 * </ul>
 *
 * <p>A cell with HTML tags is HTML and passes the bank's sanitiser; any other cell is plain text.
 * Exports write the same layout, so an exported file reads back to equal questions; what it cannot
 * hold (Markdown text, embedded files, separators inside list values, over-long cells, characters
 * outside Windows-31J) is listed as a loss.
 */
package jp.wlink.question.format.sheet;
