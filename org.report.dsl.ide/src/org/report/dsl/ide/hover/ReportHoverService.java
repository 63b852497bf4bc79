package org.report.dsl.ide.hover;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.KeywordDoc;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.TableDef;
import org.report.dsl.ide.source.CellAt;
import org.report.dsl.ide.source.CellDescription;
import org.report.dsl.ide.source.NarrativeReferences;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.reportDsl.Block;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.Row;
import org.report.dsl.reportDsl.Value;

import com.google.inject.Inject;

/**
 * Hovers: on a cell, its official row and column, value, and rules with their state; on a total, its
 * sum; on a reference, the value it stands for; on a row label or heading, its official wording; on a
 * keyword or symbol, its meaning ({@link KeywordDoc}, as in the language reference).
 */
public class ReportHoverService extends HoverService {

	@Inject
	private ReportAnalysis analysis;

	private final CellDescription cells = new CellDescription();

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = Nodes.leafAt(resource, offset);
		if (leaf == null || leaf.isHidden() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report report)) {
			return null;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (leaf.getGrammarElement() instanceof Keyword keyword && !(element instanceof Cell || element instanceof Value)) {
			Optional<KeywordDoc> doc = KeywordDoc.of(keyword.getValue());
			if (doc.isPresent()) {
				return hover(document, leaf.getOffset(), leaf.getLength(),
						"**" + keyword.getValue() + "**\n\n" + doc.get().meaning());
			}
		}
		ReportData data = analysis.of(report);
		if (element instanceof Narrative narrative) {
			NarrativeReferences.Located ref = NarrativeReferences.at(data, narrative, offset);
			if (ref == null) {
				return null;
			}
			String text = ref.resolution().ok() ? "引用 `" + ref.reference().source() + "` = "
					+ ref.resolution().value().toPlainString() + "\n\n" + cells.describe(data, ref.cell())
					: "引用 `" + ref.reference().source() + "` 无效：" + ref.resolution().error();
			return hover(document, ref.offset(), ref.length(), text);
		}
		if (element instanceof Cell || element instanceof Value) {
			CellEntry entry = CellAt.of(data, element);
			if (entry == null) {
				return null;
			}
			INode node = NodeModelUtils.findActualNodeFor(entry.owner());
			return hover(document, node.getOffset(), node.getLength(), cells.describe(data, entry.cell()));
		}
		if (element instanceof Row row) {
			return rowHover(document, data, row);
		}
		if (element instanceof Block block) {
			return headingHover(document, data, block);
		}
		return null;
	}

	private Hover rowHover(Document document, ReportData data, Row row) {
		TableDef def = tableOf(data, row);
		RowDef rowDef = def == null || row.getLabel() == null ? null
				: data.index().row(def, row.getLabel()).map(m -> m.def()).orElse(null);
		if (rowDef == null) {
			return null;
		}
		String text = "**表" + def.id() + " " + (rowDef.group() == null ? "" : rowDef.group() + " ") + rowDef.label()
				+ "**\n\n列：" + rowDef.columns().stream().map(ColumnDef::label).collect(Collectors.joining(" · "))
				+ (rowDef.aliases().isEmpty() ? "" : "\n\n简称：" + String.join("、", rowDef.aliases()));
		INode node = Nodes.node(row, org.report.dsl.reportDsl.ReportDslPackage.Literals.ROW__LABEL);
		return hover(document, node.getOffset(), node.getLength(), text);
	}

	private Hover headingHover(Document document, ReportData data, Block block) {
		for (SectionEntry s : data.sections()) {
			if (s.block() == block) {
				String text = "**" + s.def().label() + "**（第" + s.def().numeral() + "部分"
						+ (s.def().table() == null ? "，叙述" : "，表" + s.def().table().id()) + "）"
						+ (s.match().isVariant() ? "\n\n「" + block.getHeading() + "」不是正式用语" : "");
				INode node = Nodes.node(block, org.report.dsl.reportDsl.ReportDslPackage.Literals.BLOCK__HEADING);
				return hover(document, node.getOffset(), node.getLength(), text);
			}
		}
		return null;
	}

	static TableDef tableOf(ReportData data, Row row) {
		EObject block = row.eContainer() == null ? null : row.eContainer().eContainer();
		for (SectionEntry s : data.sections()) {
			if (s.block() == block || s.parts().contains(block)) {
				return s.def().table();
			}
		}
		return null;
	}

	private static Hover hover(Document document, int offset, int length, String markdown) {
		Range range = new Range(document.getPosition(offset), document.getPosition(offset + length));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range);
	}
}
