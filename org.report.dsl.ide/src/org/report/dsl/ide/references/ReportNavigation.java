package org.report.dsl.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.report.dsl.format.CellRef;
import org.report.dsl.ide.source.CellAt;
import org.report.dsl.ide.source.NarrativeReferences;
import org.report.dsl.ide.source.Nodes;
import org.report.dsl.index.PreviousLink;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;
import org.report.dsl.reportDsl.Value;

import com.google.inject.Inject;

/**
 * Go to definition and find references for the two links a report has: narrative references
 * {表.行.列} to table cells, and the 上年 link to the previous year's report (whose references are the
 * reports of the workspace that name it).
 */
public class ReportNavigation extends DocumentSymbolService {

	@Inject
	private ReportAnalysis analysis;

	@Override
	public List<? extends Location> getDefinitions(Document document, XtextResource resource, DefinitionParams params,
			IReferenceFinder.IResourceAccess access, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		Report report = report(resource);
		if (report == null) {
			return List.of();
		}
		ReportData data = analysis.of(report);
		INode previous = report.getPrevious() == null ? null : Nodes.node(report, Literals.REPORT__PREVIOUS);
		if (Nodes.contains(previous, offset)) {
			URI target = PreviousLink.target(report);
			return target == null ? List.of() : List.of(new Location(target.toString(), new Range(new Position(0, 0), new Position(0, 0))));
		}
		EObject element = Nodes.elementAt(resource, offset);
		if (element instanceof Narrative n) {
			NarrativeReferences.Located ref = NarrativeReferences.at(data, n, offset);
			if (ref != null && ref.resolution().ok()) {
				INode node = CellLocations.definition(data, ref.cell());
				return node == null ? List.of() : List.of(location(resource, node));
			}
		}
		return List.of();
	}

	@Override
	public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
			IReferenceFinder.IResourceAccess access, IResourceDescriptions index, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		Report report = report(resource);
		if (report == null) {
			return List.of();
		}
		ReportData data = analysis.of(report);
		boolean declaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
		EObject element = Nodes.elementAt(resource, offset);
		CellRef cell = null;
		if (element instanceof Narrative n) {
			NarrativeReferences.Located ref = NarrativeReferences.at(data, n, offset);
			cell = ref == null ? null : ref.cell();
		} else if (element instanceof Cell || element instanceof Value) {
			CellEntry entry = CellAt.of(data, element);
			cell = entry == null ? null : entry.cell();
		} else if (element == report && (report.getPrevious() == null
				|| !Nodes.contains(Nodes.node(report, Literals.REPORT__PREVIOUS), offset))) {
			return referringReports(resource, access, index);
		}
		if (cell == null) {
			return List.of();
		}
		List<Location> result = new ArrayList<>();
		if (declaration && CellLocations.owner(data, cell) != null) {
			result.add(location(resource, NodeModelUtils.findActualNodeFor(CellLocations.owner(data, cell))));
		}
		for (NarrativeReferences.Located ref : CellLocations.references(data, cell, false)) {
			result.add(location(resource, ref.offset(), ref.end()));
		}
		return result;
	}

	/** The 上年 links of the workspace's reports that point at this file. */
	private List<Location> referringReports(XtextResource resource, IReferenceFinder.IResourceAccess access,
			IResourceDescriptions index) {
		List<Location> result = new ArrayList<>();
		URI self = resource.getURI();
		for (IResourceDescription d : index.getAllResourceDescriptions()) {
			if (d.getURI().equals(self) || !"report".equals(d.getURI().fileExtension())) {
				continue;
			}
			access.readOnly(d.getURI(), set -> {
				var other = set.getResource(d.getURI(), true);
				Report r = other instanceof XtextResource x ? report(x) : null;
				if (r != null && r.getPrevious() != null && self.equals(PreviousLink.target(r))) {
					result.add(location((XtextResource) other, Nodes.node(r, Literals.REPORT__PREVIOUS)));
				}
				return null;
			});
		}
		return result;
	}

	private static Report report(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report r) ? null : r;
	}

	private static Location location(XtextResource resource, INode node) {
		return location(resource, node.getOffset(), node.getEndOffset());
	}

	private static Location location(XtextResource resource, int from, int to) {
		String text = resource.getParseResult().getRootNode().getText();
		return new Location(resource.getURI().toString(), new Range(position(text, from), position(text, to)));
	}

	static Position position(String text, int offset) {
		int line = 0, lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}
}
