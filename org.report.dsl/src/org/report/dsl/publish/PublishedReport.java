package org.report.dsl.publish;

import java.util.List;
import java.util.Optional;

import org.report.dsl.format.FormatVersion;
import org.report.dsl.reportDsl.Report;

/**
 * A report ready to publish: official headings and labels, every table cell filled, narrative
 * references replaced by values. What every output format (text, HTML, review, JSON) renders.
 *
 * @param source   the parsed report
 * @param preamble text before section 一, or null
 * @param sections the six sections in official order (those the report has)
 * @param trailer  text after section 六, or null
 */
public record PublishedReport(Report source, String organ, int year, FormatVersion format, String title,
		String preamble, List<PublishedSection> sections, String trailer) {

	public Optional<PublishedSection> section(int number) {
		return sections.stream().filter(s -> s.def().number() == number).findFirst();
	}

	public Optional<PublishedTable> table(String id) {
		return sections.stream().flatMap(s -> s.elements().stream()).filter(Element.TableElement.class::isInstance)
				.map(e -> ((Element.TableElement) e).table()).filter(t -> t.def().id().equals(id)).findFirst();
	}
}
