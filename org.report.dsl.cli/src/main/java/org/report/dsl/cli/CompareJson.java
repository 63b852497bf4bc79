package org.report.dsl.cli;

import java.math.BigDecimal;
import java.util.List;

import org.report.dsl.compare.CarryOverCheck;
import org.report.dsl.compare.CellChange;
import org.report.dsl.compare.NarrativeChange;
import org.report.dsl.compare.ReportComparison;
import org.report.dsl.compare.SectionChange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A comparison of two years as data (a document of its own, not {@code render --format json}): cell
 * ids and official labels from the format model, values with their written digits, 「/」 as null,
 * {@code presence} saying which year's format has the cell, percent null for 0→n (fromZero true). Described
 * by {@code docs/schema/compare.schema.json} (in the jar under {@code org/report/dsl/cli/schema}).
 */
@JsonPropertyOrder({ "kind", "schemaVersion", "organ", "previousOrgan", "previousYear", "currentYear", "previousFormat", "currentFormat",
		"changedCells", "checksHold", "checks", "largest", "cells", "narrative", "sections" })
record CompareJson(String kind, String schemaVersion, String organ, String previousOrgan, int previousYear, int currentYear,
		String previousFormat, String currentFormat, long changedCells, boolean checksHold, List<Check> checks,
		List<Cell> largest, List<Cell> cells, List<NarrativeChange> narrative, List<SectionChange> sections) {

	/** The version of docs/schema/compare.schema.json this JSON follows (major: a field changes meaning). */
	static final String SCHEMA_VERSION = "1.0";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	@JsonPropertyOrder({ "table", "row", "column", "rowLabel", "columnLabel", "presence", "previous", "current",
			"delta", "percent", "fromZero" })
	record Cell(String table, String row, String column, String rowLabel, String columnLabel, String presence,
			BigDecimal previous, BigDecimal current, BigDecimal delta, BigDecimal percent, boolean fromZero) {

		static Cell of(CellChange c) {
			return new Cell(c.cell().table().id(), c.cell().row().id(), c.cell().column().id(), c.cell().row().label(),
					c.cell().column().label(), c.presence().name(), c.previous(), c.current(), c.delta(), c.percent(),
					c.fromZero());
		}
	}

	@JsonPropertyOrder({ "rule", "subject", "current", "previous", "holds" })
	record Check(String rule, String subject, BigDecimal current, BigDecimal previous, boolean holds) {

		static Check of(CarryOverCheck k) {
			return new Check(k.relation().rule().id(), k.relation().subject(), k.current(), k.previous(), k.holds());
		}
	}

	static CompareJson of(ReportComparison c) {
		return new CompareJson("comparison", SCHEMA_VERSION, c.organ(), c.previousOrgan(), c.previousYear(), c.currentYear(),
				Integer.toString(c.previousFormat().number()), Integer.toString(c.currentFormat().number()),
				c.changedCells(), c.checksHold(), c.checks().stream().map(Check::of).toList(),
				c.largest().stream().map(Cell::of).toList(), c.cells().stream().map(Cell::of).toList(), c.narrative(),
				c.sections());
	}

	String toJson() {
		try {
			return JSON.writeValueAsString(this) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("comparison data is plain", e);
		}
	}
}
