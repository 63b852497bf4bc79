package org.report.dsl.importer.solve;

/**
 * A cell's value as the import recovers it: a number as printed (digits kept exactly, 「减4」 as -4),
 * 「/」, a blank cell (read as 0, with a finding), or unknown (lost, or not yet pinned down by the rules).
 */
public record CellValue(Kind kind, String text) {

	public enum Kind {
		NUMBER, NOT_APPLICABLE, BLANK, UNKNOWN
	}

	public static final CellValue BLANK = new CellValue(Kind.BLANK, "0");
	public static final CellValue NOT_APPLICABLE = new CellValue(Kind.NOT_APPLICABLE, "/");
	public static final CellValue UNKNOWN = new CellValue(Kind.UNKNOWN, "?");

	public static CellValue number(String digits) {
		return new CellValue(Kind.NUMBER, digits);
	}

	public boolean known() {
		return kind != Kind.UNKNOWN;
	}

	/** Whether the language would read it as 0 (0, a blank, 「/」). */
	public boolean isZero() {
		return kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE || kind == Kind.NUMBER && text.matches("-?0+(\\.0+)?");
	}

	/** The value as a whole count for the rules, or null when it is none (decimals, 「/」 counts as 0). */
	public Long count() {
		if (kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE) {
			return 0L;
		}
		if (kind != Kind.NUMBER || text.indexOf('.') >= 0 || text.length() > 18) {
			return null;
		}
		return Long.parseLong(text);
	}
}
