package org.report.dsl.importer.table;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.importer.text.Canonical;

/**
 * Cuts a table's stream into tokens. At every position the longest label of the format wins, so a
 * sub-item's numbering glued to the digits before it (「00000002.其他法律…」) belongs to the label and
 * the digits before it stay a value. Digits inside an unknown bracketed note, or between two pieces of
 * unknown text, are text. Between two 「|」 with nothing in them is a blank cell.
 */
final class TableTokenizer {

	/** How far a note's closing bracket may stand after a space inside it, in characters. */
	private static final int NOTE_REST = 12;

	private final TableStream stream;
	private final LabelDictionary labels;
	private final List<TableToken> tokens = new ArrayList<>();
	private final StringBuilder pending = new StringBuilder();
	private TableToken.Kind pendingKind;
	private int pendingStart;
	private int pendingEnd;
	private int openBrackets;
	private boolean pipeSeen;
	private boolean cellEmpty = true;
	/** The pending text is a note in a cell that runs over spaces (reported as a note, not as a fragment). */
	private boolean note;

	private TableTokenizer(TableStream stream, LabelDictionary labels) {
		this.stream = stream;
		this.labels = labels;
	}

	static List<TableToken> tokenize(TableStream stream, LabelDictionary labels) {
		TableTokenizer t = new TableTokenizer(stream, labels);
		t.run();
		return mergeGluedNumbers(t.tokens);
	}

	private void run() {
		int i = 0;
		while (i < stream.length()) {
			char c = stream.at(i);
			if (c == Canonical.SEPARATOR) {
				if (openBrackets > 0 && pendingKind == TableToken.Kind.TEXT && closesSoon(i + 1)) {
					append(' ', i); // a note inside a cell, spaces and all: 「17（其中修订 3 件）」
					note = true;
				} else {
					flush();
				}
				i++;
			} else if (c == '|') {
				flush();
				if (pipeSeen && cellEmpty) {
					tokens.add(new TableToken(TableToken.Kind.BLANK, "", stream.offset(i), stream.offset(i), List.of(), false));
				}
				pipeSeen = true;
				cellEmpty = true;
				i++;
			} else {
				cellEmpty = false;
				LabelDictionary.Match match = openBrackets > 0 ? null : labels.longest(stream, i);
				if (match != null) {
					flush();
					tokens.add(new TableToken(TableToken.Kind.LABEL, null, stream.offset(i), stream.endOffset(match.end()),
							match.entries(), false));
					i = match.end();
				} else {
					i = character(i, c);
				}
			}
		}
		flush();
	}

	/** One character that starts no label; returns the next index. */
	private int character(int i, char c) {
		boolean digit = c >= '0' && c <= '9';
		boolean atStart = pendingKind == null;
		if (pendingKind == TableToken.Kind.NUMBER && digit) {
			append(c, i);
		} else if (pendingKind == TableToken.Kind.NUMBER && c == '.' && stream.isDigit(i + 1)
				&& pending.indexOf(".") < 0) {
			append(c, i);
		} else if (digit && openBrackets == 0) {
			flush();
			start(TableToken.Kind.NUMBER, i);
			append(c, i);
		} else if (atStart && (c == '-' || c == '减') && stream.isDigit(i + 1)) {
			start(TableToken.Kind.NUMBER, i);
			append('-', i);
		} else if (atStart && c == '增' && stream.isDigit(i + 1)) {
			start(TableToken.Kind.NUMBER, i);
		} else if (atStart && c == '/' && endsCell(i + 1)) {
			tokens.add(new TableToken(TableToken.Kind.NOT_APPLICABLE, "/", stream.offset(i), stream.offset(i) + 1,
					List.of(), false));
		} else {
			if (pendingKind != TableToken.Kind.TEXT) {
				flush();
				start(TableToken.Kind.TEXT, i);
			}
			if (c == '（') {
				openBrackets++;
			} else if (c == '）' && openBrackets > 0) {
				openBrackets--;
			}
			append(c, i);
		}
		return i + 1;
	}

	/** Whether a bracket closes within the next few characters (the rest of a note in a cell). */
	private boolean closesSoon(int i) {
		for (int j = i; j < Math.min(stream.length(), i + NOTE_REST); j++) {
			if (stream.at(j) == '）') {
				return true;
			}
			if (stream.at(j) == '（' || stream.at(j) == '|') {
				return false;
			}
		}
		return false;
	}

	private boolean endsCell(int i) {
		return i >= stream.length() || stream.at(i) == Canonical.SEPARATOR || stream.at(i) == '|';
	}

	private void start(TableToken.Kind kind, int i) {
		pendingKind = kind;
		pendingStart = stream.offset(i);
	}

	private void append(char c, int i) {
		pending.append(c);
		pendingEnd = stream.offset(i) + 1;
	}

	private void flush() {
		if (pendingKind != null && pending.length() > 0) {
			tokens.add(new TableToken(pendingKind, pending.toString(), pendingStart, pendingEnd, List.of(), note));
		}
		note = false;
		pending.setLength(0);
		pendingKind = null;
		openBrackets = 0;
	}

	/** A number with unknown text directly on both sides is part of that text. */
	private static List<TableToken> mergeGluedNumbers(List<TableToken> tokens) {
		List<TableToken> out = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			TableToken t = tokens.get(i);
			if (t.kind() == TableToken.Kind.NUMBER && i > 0 && i + 1 < tokens.size() && !out.isEmpty()
					&& out.get(out.size() - 1).kind() == TableToken.Kind.TEXT && out.get(out.size() - 1).end() == t.start()
					&& tokens.get(i + 1).kind() == TableToken.Kind.TEXT && tokens.get(i + 1).start() == t.end()) {
				TableToken before = out.remove(out.size() - 1);
				TableToken after = tokens.get(++i);
				out.add(new TableToken(TableToken.Kind.TEXT, before.text() + t.text() + after.text(), before.start(),
						after.end(), List.of(), true));
			} else {
				out.add(t);
			}
		}
		return out;
	}
}
