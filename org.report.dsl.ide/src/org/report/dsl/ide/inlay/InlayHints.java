package org.report.dsl.ide.inlay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.Relation;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.CellDescription;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Row;

import com.google.inject.Inject;

/**
 * The value of every omitted total, shown where it would be written: at the end of a written row for
 * its 总计 column (and the other totals of a total row), and before the closing 「}」 for a total row
 * the table leaves out altogether (（七）总计). The tooltip gives the sum with its addends.
 */
public class InlayHints {

	@Inject
	private ReportAnalysis analysis;

	public List<InlayHint> compute(Document document, XtextResource resource, Range range, CancelIndicator cancel) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return List.of();
		}
		ReportData data = analysis.of(report);
		List<InlayHint> hints = new ArrayList<>();
		for (SectionEntry s : data.sections()) {
			TableDef def = s.def().table();
			TableData table = def == null ? null : data.table(def);
			if (table == null || table.source() == null || table.source().eContainer() != s.block()
					&& !s.parts().contains(table.source().eContainer())) {
				continue;
			}
			List<RowDef> written = new ArrayList<>();
			for (Row row : table.source().getRows()) {
				Optional<LabelMatch<RowDef>> match = row.getLabel() == null ? Optional.empty()
						: data.index().row(def, row.getLabel());
				if (match.isPresent()) {
					written.add(match.get().def());
					ICompositeNode node = NodeModelUtils.findActualNodeFor(row);
					add(hints, document, node.getEndOffset(), " ", table, match.get().def(), "");
				}
			}
			if (!table.cells().isEmpty()) {
				for (RowDef row : def.rows()) {
					if (row.isTotal() && !written.contains(row)) {
						ICompositeNode node = NodeModelUtils.findActualNodeFor(table.source());
						int close = node.getEndOffset() - (node.getText().endsWith("}") ? 1 : 0);
						add(hints, document, close, "", table, row, row.ref() + " ");
					}
				}
			}
		}
		hints.removeIf(h -> !within(h.getPosition(), range));
		return hints;
	}

	/** One hint with the computed totals of the row, if it has any. */
	private static void add(List<InlayHint> hints, Document document, int offset, String lead, TableData table,
			RowDef row, String rowName) {
		List<String> parts = new ArrayList<>();
		List<String> sums = new ArrayList<>();
		for (ColumnDef column : row.columns()) {
			CellRef cell = new CellRef(table.def(), row, column);
			if (!table.isComputed(cell) || table.cells().containsKey(cell)) {
				continue;
			}
			BigDecimal value = table.value(cell);
			if (row.isTotal() && !column.total() && value.signum() == 0) {
				continue; // a total row left out: only its non-zero columns and its grand total
			}
			parts.add(column.label() + (rowName.isEmpty() ? " = " : " ") + value.toPlainString());
			for (Relation r : table.def().relations()) {
				if (r.kind() == Relation.Kind.SUM && r.total().equals(cell)) {
					sums.add(CellDescription.sum(r, table.totals()));
				}
			}
		}
		if (parts.isEmpty()) {
			return;
		}
		InlayHint hint = new InlayHint(document.getPosition(offset), Either.forLeft(lead + (rowName.isEmpty() ? "" : rowName.strip() + "：") + String.join(" ", parts)));
		hint.setTooltip(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, "省略的合计，由各项计算：\n\n- " + String.join("\n- ", sums))));
		hint.setPaddingRight(!lead.isEmpty() ? Boolean.FALSE : Boolean.TRUE);
		hints.add(hint);
	}

	private static boolean within(Position p, Range range) {
		if (range == null) {
			return true;
		}
		return compare(p, range.getStart()) >= 0 && compare(p, range.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
				: Integer.compare(a.getCharacter(), b.getCharacter());
	}
}
