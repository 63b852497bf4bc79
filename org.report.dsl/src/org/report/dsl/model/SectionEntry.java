package org.report.dsl.model;

import java.util.List;

import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.SectionDef;
import org.report.dsl.reportDsl.Block;

/**
 * A section of the report as written: its heading block and the part blocks under it.
 *
 * @param match the section the heading names, and how it was worded
 * @param block the heading's block
 * @param parts the blocks that follow it up to the next section: part headings (（一）…), and headings
 *              that are not recognised (also listed as loose blocks, for S1)
 */
public record SectionEntry(LabelMatch<SectionDef> match, Block block, List<Block> parts) {

	public SectionDef def() {
		return match.def();
	}
}
