package org.report.dsl.ide.completion;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.report.dsl.model.ReportAnalysis;
import org.report.dsl.model.ReportData;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Content assist from the format definition: what the cursor's place admits (see {@link CompletionSite}),
 * matched on the label or its pinyin. It does not run the grammar's follow-set computation: the
 * grammar knows labels only as free text, the format knows which ones fit where.
 */
@Singleton
public class ReportContentAssist extends ContentAssistService {

	@Inject
	private ReportAnalysis analysis;

	private final StructureProposals structure = new StructureProposals();
	private final TableProposals tables = new TableProposals();
	private final ReferenceProposals references = new ReferenceProposals();

	@Override
	protected void createProposals(String text, TextRegion selection, int offset, XtextResource resource,
			IIdeContentProposalAcceptor acceptor) {
		if (offset > text.length()) {
			return;
		}
		CompletionSite site = CompletionSite.at(resource, text, offset);
		Proposals out = new Proposals(acceptor, site.prefix());
		if (site.kind() == CompletionSite.Kind.START) {
			structure.start(out);
			return;
		}
		if (site.report() == null || site.kind() == CompletionSite.Kind.NONE) {
			return;
		}
		ReportData data = analysis.of(site.report());
		int at = offset - site.prefix().length();
		switch (site.kind()) {
		case HEADER -> structure.header(site.report(), data, at, out);
		case HEADING -> structure.headings(data, at, out);
		case ROW -> tables.rows(data, site, out);
		case COLUMN -> tables.columns(data, site, out);
		case VALUE -> tables.values(data, site, out);
		case REFERENCE -> references.propose(data, site, text.substring(offset), out);
		default -> {
		}
		}
	}

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
		if (entry.getSource() instanceof Proposals.FilterText filter) {
			item.setFilterText(filter.text());
		}
		return item;
	}
}
