package org.report.dsl.ide.source;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.report.dsl.format.CellRef;
import org.report.dsl.model.ReportData;
import org.report.dsl.narrative.NarrativeScanner;
import org.report.dsl.narrative.ReferenceResolver;
import org.report.dsl.narrative.Segment;
import org.report.dsl.reportDsl.Narrative;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage.Literals;

import org.eclipse.xtext.EcoreUtil2;

/** The references {表.行.列} of a report's narratives, where they are in the file and what they resolve to. */
public final class NarrativeReferences {

	/**
	 * @param offset     where the reference starts in the file (its 「{」)
	 * @param reference  the reference as written
	 * @param resolution its cell and value, or why it does not resolve
	 */
	public record Located(int offset, Segment.Reference reference, ReferenceResolver.Resolution resolution,
			Narrative narrative) {
		public int length() {
			return reference.length();
		}

		public int end() {
			return offset + reference.length();
		}

		public CellRef cell() {
			return resolution.cell();
		}

		public boolean contains(int position) {
			return position >= offset && position <= end();
		}
	}

	private static final NarrativeScanner SCANNER = new NarrativeScanner();
	private static final ReferenceResolver RESOLVER = new ReferenceResolver();

	private NarrativeReferences() {
	}

	/** Every reference of the report, in file order. */
	public static List<Located> of(ReportData data) {
		List<Located> result = new ArrayList<>();
		for (Narrative n : EcoreUtil2.getAllContentsOfType(data.report(), Narrative.class)) {
			result.addAll(of(data, n));
		}
		return result;
	}

	/** The references of one narrative. */
	public static List<Located> of(ReportData data, Narrative narrative) {
		INode node = Nodes.node(narrative, Literals.NARRATIVE__TEXT);
		if (node == null || node.getText().indexOf('{') < 0) {
			return List.of();
		}
		List<Located> result = new ArrayList<>();
		for (Segment s : SCANNER.scan(node.getText())) {
			if (s instanceof Segment.Reference r) {
				result.add(new Located(node.getOffset() + r.offset(), r, RESOLVER.resolve(data, r), narrative));
			}
		}
		return result;
	}

	/** The reference at the offset, if any. */
	public static Located at(ReportData data, Narrative narrative, int offset) {
		for (Located l : of(data, narrative)) {
			if (offset >= l.offset() && offset < l.end()) {
				return l;
			}
		}
		return null;
	}

	/** The report a narrative belongs to. */
	public static Report report(Narrative narrative) {
		return EcoreUtil2.getContainerOfType(narrative, Report.class);
	}
}
