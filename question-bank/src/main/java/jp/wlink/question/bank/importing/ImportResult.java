package jp.wlink.question.bank.importing;

/** What a committed import wrote: questions created, duplicates skipped, categories created. */
public record ImportResult(int created, int skipped, int categoriesCreated) {}
