package org.report.dsl.ide.highlighting;

import java.util.List;

/**
 * The legend of the report's semantic tokens: LSP's standard types (so any client colours them) and
 * three modifiers of our own, declared with fallbacks by the VS Code extension.
 */
public final class TokenTypes {

	/** Section heading (一、总体情况). */
	public static final String SECTION = "namespace";
	/** Part heading (（一）主动公开). */
	public static final String PART = "class";
	/** Row label. */
	public static final String ROW = "property";
	/** Column label. */
	public static final String COLUMN = "enumMember";
	public static final String NUMBER = "number";
	/** Narrative text. */
	public static final String NARRATIVE = "string";
	/** A reference {表.行.列} in narrative. */
	public static final String REFERENCE = "macro";
	public static final String KEYWORD = "keyword";

	/** A heading, row or column written as a known variant of its official label. */
	public static final String VARIANT = "deprecated";
	/** A total: the label of a total row or column, or a total's value as written. */
	public static final String TOTAL = "total";
	/** A reference to a total the report omits, whose value is computed. */
	public static final String COMPUTED = "computed";
	/** A cell, label or reference a finding is about. */
	public static final String ERROR = "error";

	public static final List<String> TYPES = List.of(SECTION, PART, ROW, COLUMN, NUMBER, NARRATIVE, REFERENCE, KEYWORD);
	public static final List<String> MODIFIERS = List.of("declaration", VARIANT, TOTAL, COMPUTED, ERROR);

	private TokenTypes() {
	}
}
