package org.report.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Content;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Table;

import com.google.inject.Inject;

/** The outline: sections, with their parts and tables, and the rows of each table. */
public class ReportOutline extends HierarchicalDocumentSymbolService {

	@Inject
	private ReportAnalysis analysis;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancel) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report report)) {
			return List.of();
		}
		ReportData data = analysis.of(report);
		List<DocumentSymbol> result = new ArrayList<>();
		for (SectionEntry s : data.sections()) {
			List<Block> blocks = new ArrayList<>();
			blocks.add(s.block());
			blocks.addAll(s.parts());
			List<DocumentSymbol> children = new ArrayList<>();
			tables(document, data, s.def().table(), s.block(), children);
			for (Block part : s.parts()) {
				List<DocumentSymbol> partChildren = new ArrayList<>();
				tables(document, data, s.def().table(), part, partChildren);
				children.add(symbol(document, part.getHeading(), null, SymbolKind.Key, part, part,
						Nodes.node(part, Literals.BLOCK__HEADING), partChildren));
			}
			result.add(symbol(document, s.block().getHeading(), s.match().isVariant() ? s.def().label() : null,
					SymbolKind.Namespace, s.block(), blocks.get(blocks.size() - 1),
					Nodes.node(s.block(), Literals.BLOCK__HEADING), children));
		}
		return result;
	}

	private static void tables(Document document, ReportData data, TableDef def, Block block, List<DocumentSymbol> out) {
		for (Content c : block.getContents()) {
			if (c instanceof Table table) {
				List<DocumentSymbol> rows = new ArrayList<>();
				for (Row row : table.getRows()) {
					RowDef rowDef = def == null || row.getLabel() == null ? null
							: data.index().row(def, row.getLabel()).map(m -> m.def()).orElse(null);
					rows.add(symbol(document, row.getLabel(), officialLabelIfOther(row.getLabel(), rowDef), SymbolKind.Field,
							row, row, Nodes.node(row, Literals.ROW__LABEL), List.of()));
				}
				String name = def == null ? "表格" : "表" + def.id();
				out.add(symbol(document, name, def == null ? null : def.title(), SymbolKind.Struct, table, table,
						NodeModelUtils.findActualNodeFor(table), rows));
			}
		}
	}

	/** The row's official label as the detail, unless the row is written with it (table 二: 行政规范性文件). */
	private static String officialLabelIfOther(String written, RowDef def) {
		return def == null || def.label().equals(written == null ? null : written.strip()) ? null : def.label();
	}

	private static DocumentSymbol symbol(Document document, String name, String detail, SymbolKind kind, EObject first,
			EObject last, INode selection, List<DocumentSymbol> children) {
		INode start = NodeModelUtils.findActualNodeFor(first);
		INode end = NodeModelUtils.findActualNodeFor(last);
		Range range = new Range(document.getPosition(start.getOffset()), document.getPosition(end.getEndOffset()));
		Range selectionRange = new Range(document.getPosition(selection.getOffset()),
				document.getPosition(selection.getEndOffset()));
		DocumentSymbol symbol = new DocumentSymbol(name == null || name.isBlank() ? "?" : name, kind, range,
				selectionRange, detail);
		symbol.setChildren(children);
		return symbol;
	}
}
