package org.report.dsl.importer;

/**
 * Codes of import findings: stable, for scripts that filter them. Where a finding is about a rule of
 * the format the rule id is used instead (S1 for headings, S2 for row and column labels).
 */
public final class ImportCodes {
	/** The file is not text: undecodable, binary (error); or decoded from GB18030/UTF-16 (warning). */
	public static final String ENCODING = "ENCODING";
	/** The file is empty or holds no report. */
	public static final String NOT_REPORT = "NOT_REPORT";
	/** Page furniture dropped: crawler header, navigation, page numbers, a repeated title. */
	public static final String FURNITURE = "FURNITURE";
	/** Layout undone: headings glued to text or marked up, labels and numbers re-wrapped. */
	public static final String LAYOUT = "LAYOUT";
	/** A blank cell or 「/」 read as 0. */
	public static final String BLANK = "BLANK";
	/** Columns or cells missing or extra: the 其他 column, a short row, extra zero cells. */
	public static final String COLUMNS = "COLUMNS";
	/** Run-together cells split: the unique segmentation under R1–R4 (or X1/X2, or the narrative). */
	public static final String SEGMENT = "SEGMENT";
	/** Several segmentations remain: the candidates are listed, nothing is chosen. */
	public static final String AMBIGUOUS = "AMBIGUOUS";
	/** A value, row or title field that cannot be recovered from the text. */
	public static final String UNRESOLVED = "UNRESOLVED";
	/** The text stops before the report ends. */
	public static final String TRUNCATED = "TRUNCATED";
	/** Narrative changed to fit the language (three ASCII quotes in a row). */
	public static final String TEXT = "TEXT";

	private ImportCodes() {
	}
}
