package org.report.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.report.dsl.calc.Culprits;
import org.report.dsl.model.CellEntry;

/**
 * The likely wrong cell of a failing 勾稽关系 ({@link Culprits}) as it travels with the finding: issue
 * data after the computed value (R1–R4's first datum), so that an editor shows it as related
 * information of the diagnostic (LSP {@code relatedInformation}, an Eclipse marker on the cell) without
 * reading the report again. Positions are 1-based lines and columns as Xtext reports them.
 *
 * @param message what the related information says, in Chinese
 * @param offset  the written value's offset in the document
 * @param length  its length
 * @param line    its first line
 * @param column  its first column
 * @param endLine the line it ends on
 * @param endColumn the column after its last character
 */
public record CulpritData(String message, int offset, int length, int line, int column, int endLine, int endColumn) {

	/** The issue data of a finding: the computed value, then this. */
	String[] data(String computed) {
		return new String[] { computed, message, String.valueOf(offset), String.valueOf(length), String.valueOf(line),
				String.valueOf(column), String.valueOf(endLine), String.valueOf(endColumn) };
	}

	/** The culprit in an issue's data, or null when it carries none. */
	public static CulpritData of(String[] data) {
		if (data == null || data.length < 8) {
			return null;
		}
		try {
			return new CulpritData(data[1], Integer.parseInt(data[2]), Integer.parseInt(data[3]), Integer.parseInt(data[4]),
					Integer.parseInt(data[5]), Integer.parseInt(data[6]), Integer.parseInt(data[7]));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * The culprit of a suspect where the report writes it, or null: no culprit, an unwritten one, or the
	 * very element the finding is on.
	 */
	static CulpritData of(Culprits.Suspect suspect, CellEntry culprit, EObject findingSource) {
		if (suspect == null || suspect.culprit() == null || culprit == null || culprit.owner() == findingSource) {
			return null;
		}
		INode node = NodeModelUtils.findActualNodeFor(culprit.value());
		if (node == null) {
			return null;
		}
		INode root = node.getRootNode();
		LineAndColumn start = NodeModelUtils.getLineAndColumn(root, node.getOffset());
		LineAndColumn end = NodeModelUtils.getLineAndColumn(root, node.getEndOffset());
		String message = "可能出错的单元格：" + suspect.culprit().display() + (suspect.value() == null ? ""
				: "（改为 " + suspect.value() + (suspect.failures().size() > 1 ? " 则 " + suspect.failures().size()
						+ " 处勾稽关系均成立）" : " 则此处成立）"));
		return new CulpritData(message, node.getOffset(), node.getLength(), start.getLine(), start.getColumn(),
				end.getLine(), end.getColumn());
	}
}
