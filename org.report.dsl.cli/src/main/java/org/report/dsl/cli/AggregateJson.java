package org.report.dsl.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.report.dsl.aggregate.Aggregation;
import org.report.dsl.aggregate.KeyFigures;
import org.report.dsl.aggregate.Ranking;
import org.report.dsl.aggregate.ReportSummary;
import org.report.dsl.format.CellRef;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A summary over many reports as data (a document of its own): the summed cells with their ids and
 * official labels, key figures per organ (with the rank by new applications) and per group, findings
 * per rule and organ, every source's status. Described by {@code docs/schema/summary.schema.json} (in the
 * jar under {@code org/report/dsl/cli/schema}).
 */
@JsonPropertyOrder({ "kind", "schemaVersion", "groupBy", "files", "formats", "duplicates", "all", "totals", "organs", "groups",
		"trend", "findings", "sources" })
record AggregateJson(String kind, String schemaVersion, String groupBy, int files, List<Integer> formats, List<Duplicate> duplicates,
		Figures all, List<Cell> totals, List<Figures> organs, List<Figures> groups, List<Figures> trend,
		Map<String, ? extends Map<String, Integer>> findings, List<Source> sources) {

	/** The version of docs/schema/summary.schema.json this JSON follows (major: a field changes meaning). */
	static final String SCHEMA_VERSION = "1.0";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

	record Duplicate(String source, String firstSource, String organ, int year) {
	}

	@JsonPropertyOrder({ "table", "row", "column", "rowLabel", "columnLabel", "value" })
	record Cell(String table, String row, String column, String rowLabel, String columnLabel, BigDecimal value) {
	}

	@JsonPropertyOrder({ "name", "year", "rank", "reports", "newApplications", "results", "disclosed", "reviews",
			"reviewsCorrected", "reviewCorrectionRate", "suits", "suitsCorrected", "suitCorrectionRate" })
	record Figures(String name, Integer year, Integer rank, long reports, BigDecimal newApplications, BigDecimal results,
			BigDecimal disclosed, BigDecimal reviews, BigDecimal reviewsCorrected, BigDecimal reviewCorrectionRate,
			BigDecimal suits, BigDecimal suitsCorrected, BigDecimal suitCorrectionRate) {

		static Figures of(String name, Integer year, Integer rank, KeyFigures f) {
			return new Figures(name, year, rank, f.reports(), f.newApplications(), f.results(), f.disclosed(),
					f.reviews(), f.reviewsCorrected(), f.reviewCorrectionRate(), f.suits(), f.suitsCorrected(),
					f.suitCorrectionRate());
		}
	}

	@JsonPropertyOrder({ "source", "folder", "status", "organ", "year", "format", "errors", "warnings", "problem" })
	record Source(String source, String folder, String status, String organ, Integer year, Integer format, int errors,
			int warnings, String problem) {

		static Source of(ReportSummary s) {
			return new Source(s.source(), s.folder(), s.status().name(), s.organ(), s.year() == 0 ? null : s.year(),
					s.format() == null ? null : s.format().number(), s.errors(), s.warnings(), s.problem());
		}
	}

	static AggregateJson of(Aggregation a) {
		List<Cell> totals = new ArrayList<>();
		for (int i = 0; i < a.cells().size(); i++) {
			CellRef c = a.cells().get(i);
			totals.add(new Cell(c.table().id(), c.row().id(), c.column().id(), c.row().label(), c.column().label(),
					a.totals().get(i)));
		}
		Map<String, Integer> ranks = Ranking.of(a.organs(), KeyFigures::newApplications);
		List<Figures> trend = new ArrayList<>();
		a.trend().forEach((organ, years) -> years.forEach((year, f) -> trend.add(Figures.of(organ, year, null, f))));
		return new AggregateJson("summary", SCHEMA_VERSION, a.groupBy().name().toLowerCase(java.util.Locale.ROOT), a.sources().size(),
				a.formats().stream().map(f -> f.number()).toList(),
				a.duplicates().stream().map(d -> new Duplicate(d.report().source(), d.firstSource(), d.report().organ(),
						d.report().year())).toList(),
				Figures.of("", null, null, a.all()), totals,
				a.organs().entrySet().stream().map(e -> Figures.of(e.getKey(), null, ranks.get(e.getKey()), e.getValue()))
						.toList(),
				a.groups().entrySet().stream().map(e -> Figures.of(e.getKey(), null, null, e.getValue())).toList(), trend,
				a.findings(), a.sources().stream().map(Source::of).toList());
	}

	/**
	 * Writes the JSON to the file, whole or not at all, streamed: for 100,000 reports
	 * it is over 100 MB, which as one string (and its bytes) was the peak of the run's memory.
	 */
	void write(Path file) throws IOException {
		try (AtomicFiles.Pending pending = new AtomicFiles.Pending(file)) {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pending.temp()), 1 << 16)) {
				JSON.writeValue(out, this);
				out.write('\n');
			}
			pending.commit();
		}
	}
}
