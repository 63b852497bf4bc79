package org.report.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.calc.Discrepancy;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.NarrativeReferences;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Value;

import com.google.inject.Inject;

/**
 * What each piece of a report is, for semantic tokens (and the Eclipse editor): headings, row and
 * column labels, numbers, totals written, references (to computed totals or in error), narrative.
 */
public class ReportHighlighter implements ISemanticHighlightingCalculator {

	@Inject
	private ReportAnalysis analysis;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource.getParseResult() == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), TokenTypes.KEYWORD);
			}
		}
		ReportData data = analysis.of(report);
		Set<EObject> inError = inError(data);
		headings(data, acceptor);
		for (SectionEntry s : data.sections()) {
			TableDef def = s.def().table();
			TableData table = def == null ? null : data.table(def);
			if (table != null && table.source() != null) {
				for (Row row : table.source().getRows()) {
					row(data, def, row, inError, acceptor);
				}
			}
		}
		for (Narrative n : EcoreUtil2.getAllContentsOfType(report, Narrative.class)) {
			narrative(data, n, acceptor);
		}
	}

	private static void headings(ReportData data, IHighlightedPositionAcceptor acceptor) {
		for (SectionEntry s : data.sections()) {
			add(acceptor, s.block(), Literals.BLOCK__HEADING, TokenTypes.SECTION, "declaration",
					s.match().isVariant() ? TokenTypes.VARIANT : null);
			for (Block part : s.parts()) {
				if (!data.looseBlocks().contains(part)) {
					add(acceptor, part, Literals.BLOCK__HEADING, TokenTypes.PART, "declaration");
				}
			}
		}
		for (Block loose : data.looseBlocks()) {
			add(acceptor, loose, Literals.BLOCK__HEADING, TokenTypes.PART, TokenTypes.ERROR);
		}
	}

	private static void row(ReportData data, TableDef def, Row row, Set<EObject> inError,
			IHighlightedPositionAcceptor acceptor) {
		Optional<LabelMatch<RowDef>> match = row.getLabel() == null ? Optional.empty() : data.index().row(def, row.getLabel());
		RowDef rowDef = match.map(LabelMatch::def).orElse(null);
		add(acceptor, row, Literals.ROW__LABEL, TokenTypes.ROW, rowDef == null ? TokenTypes.ERROR : null,
				rowDef != null && rowDef.isTotal() ? TokenTypes.TOTAL : null,
				match.isPresent() && match.get().isVariant() ? TokenTypes.VARIANT : null);
		for (int i = 0; i < row.getValues().size(); i++) {
			ColumnDef column = rowDef != null && i < rowDef.columns().size() ? rowDef.columns().get(i) : null;
			value(row.getValues().get(i), rowDef, column, inError, acceptor);
		}
		for (Cell cell : row.getCells()) {
			Optional<LabelMatch<ColumnDef>> c = rowDef == null || cell.getColumn() == null ? Optional.empty()
					: data.index().column(def, rowDef, cell.getColumn());
			ColumnDef column = c.map(LabelMatch::def).orElse(null);
			add(acceptor, cell, Literals.CELL__COLUMN, TokenTypes.COLUMN,
					rowDef != null && column == null ? TokenTypes.ERROR : null,
					column != null && column.total() ? TokenTypes.TOTAL : null,
					c.isPresent() && c.get().isVariant() ? TokenTypes.VARIANT : null);
			if (cell.getValue() != null) {
				value(cell.getValue(), rowDef, column, inError.contains(cell) ? Set.of(cell.getValue()) : inError, acceptor);
			}
		}
	}

	private static void value(Value value, RowDef row, ColumnDef column, Set<EObject> inError,
			IHighlightedPositionAcceptor acceptor) {
		boolean total = row != null && row.isTotal() || column != null && column.total();
		add(acceptor, value, null, TokenTypes.NUMBER, total ? TokenTypes.TOTAL : null,
				inError.contains(value) ? TokenTypes.ERROR : null);
	}

	private static void narrative(ReportData data, Narrative n, IHighlightedPositionAcceptor acceptor) {
		INode node = Nodes.node(n, Literals.NARRATIVE__TEXT);
		if (node == null) {
			return;
		}
		int from = node.getOffset();
		for (NarrativeReferences.Located ref : NarrativeReferences.of(data, n)) {
			acceptor.addPosition(from, ref.offset() - from, TokenTypes.NARRATIVE);
			CellRef cell = ref.cell();
			boolean computed = cell != null && data.table(cell.table()).isComputed(cell);
			acceptor.addPosition(ref.offset(), ref.length(), styles(TokenTypes.REFERENCE,
					ref.resolution().ok() ? null : TokenTypes.ERROR, computed ? TokenTypes.COMPUTED : null));
			from = ref.end();
		}
		acceptor.addPosition(from, node.getEndOffset() - from, TokenTypes.NARRATIVE);
	}

	/** The elements findings are about: written cells of failed sums, bad values, unknown labels, duplicates. */
	private static Set<EObject> inError(ReportData data) {
		Set<EObject> result = new HashSet<>();
		for (Finding f : data.findings()) {
			if (f.error()) {
				result.add(f.source());
			}
		}
		for (TableData table : data.tables().values()) {
			for (Discrepancy d : table.totals().discrepancies()) {
				List<CellRef> cells = new ArrayList<>(d.relation().left());
				cells.addAll(d.relation().right());
				for (CellRef c : cells) {
					CellEntry e = table.cells().get(c);
					if (e != null) {
						result.add(e.owner());
						result.add(e.value());
						break;
					}
				}
			}
		}
		return result;
	}

	private static void add(IHighlightedPositionAcceptor acceptor, EObject element, EStructuralFeature feature,
			String... styles) {
		INode node = Nodes.node(element, feature);
		if (node != null && node.getLength() > 0) {
			acceptor.addPosition(node.getOffset(), node.getLength(), styles(styles));
		}
	}

	private static String[] styles(String... styles) {
		List<String> result = new ArrayList<>();
		for (String s : styles) {
			if (s != null) {
				result.add(s);
			}
		}
		return result.toArray(String[]::new);
	}
}
