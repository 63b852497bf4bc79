package org.report.dsl.narrative;

/** A piece of narrative: literal text, a reference to a table value, or a malformed reference. */
public sealed interface Segment permits Segment.Literal, Segment.Reference, Segment.Malformed {

	/** Offset of the segment in the text it was scanned from. */
	int offset();

	int length();

	/** Text as it reads ({{ already turned into {). */
	record Literal(String text, int offset, int length) implements Segment {
	}

	/**
	 * {@code {三.新收.总计}}: table id, row label and optional column label as written.
	 *
	 * @param column the column label, or null when the row has one column
	 */
	record Reference(String table, String row, String column, int offset, int length) implements Segment {
		public String source() {
			return "{" + table + "." + row + (column == null ? "" : "." + column) + "}";
		}
	}

	/** A { that does not open a well-formed reference. */
	record Malformed(String text, String reason, int offset, int length) implements Segment {
	}
}
