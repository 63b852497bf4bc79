package org.report.dsl.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.DataIds;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableId;
import org.report.dsl.publish.DataCell;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;
import org.report.dsl.publish.ReviewFinding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The data of a report (报告数据) for build scripts and statisticians, described by
 * {@code docs/schema/report.schema.json}: the positional {@code table2}/{@code table3}/{@code table4}
 * (rows and columns in the official order of format.md, totals computed where omitted, amounts with
 * exactly their written digits, 「/」 as null) as scripts have used them, and beside them the labelled
 * {@code cells}, the report's texts, its findings and whether it is valid.
 *
 * @param valid    no error: false only in a --force render of a report with errors
 * @param headings the part headings of section 一 (（一）主动公开情况 …), as written
 * @param feeUnit  the unit amounts are stated in (万元)
 */
@JsonPropertyOrder({ "schemaVersion", "organ", "year", "format", "table2", "table3", "table4", "sections",
		"formatDocument", "title", "preamble", "headings", "feeUnit", "valid", "findings", "cells" })
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReportJson(String schemaVersion, String organ, int year, String format, List<List<BigDecimal>> table2,
		List<List<BigDecimal>> table3, List<BigDecimal> table4, List<String> sections, String formatDocument,
		String title, String preamble, List<String> headings, String feeUnit, boolean valid,
		List<Finding> findings, List<Cell> cells) {

	/** The version of the schema this JSON follows: the major number changes when a field changes meaning. */
	static final String SCHEMA_VERSION = "1.0";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	/** A finding of the validator (问题): its rule's code, error or warning, the message and where. */
	@JsonPropertyOrder({ "code", "severity", "message", "line", "column" })
	record Finding(String code, String severity, String message, int line, int column) {
	}

	/** A labelled cell ({@link DataCell}). */
	@JsonPropertyOrder({ "id", "table", "row", "column", "rowLabel", "rowGroup", "columnLabel", "value", "origin",
			"notApplicable" })
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Cell(String id, String table, String row, String column, String rowLabel, String rowGroup,
			String columnLabel, BigDecimal value, String origin, boolean notApplicable) {

		static Cell of(DataCell c) {
			return new Cell(c.id(), c.table(), c.row(), c.column(), c.rowLabel(), c.rowGroup(), c.columnLabel(),
					c.value(), c.origin().id(), c.notApplicable());
		}
	}

	static ReportJson of(PublishedReport report, List<ReviewFinding> reviewFindings) {
		List<String> sections = new ArrayList<>();
		for (int n = 1; n <= 6; n++) {
			sections.add(report.section(n).map(PublishedSection::narrative).orElse(""));
		}
		List<String> headings = report.section(1).map(s -> s.elements().stream()
				.filter(Element.SubHeading.class::isInstance).map(e -> ((Element.SubHeading) e).text()).toList())
				.orElse(List.of());
		List<Finding> findings = reviewFindings.stream()
				.map(f -> new Finding(f.code(), f.error() ? "error" : "warning", f.message(), f.line(), f.column()))
				.toList();
		boolean valid = reviewFindings.stream().noneMatch(ReviewFinding::error);
		return new ReportJson(SCHEMA_VERSION, report.organ(), report.year(),
				Integer.toString(report.format().number()), rows(report, Table2.TABLE), rows(report, Table3.TABLE),
				rows(report, Table4.TABLE).stream().flatMap(List::stream).toList(), sections,
				report.format().document(), report.title(), report.preamble(), headings, DataIds.amountUnit(), valid,
				findings, DataCell.of(report).stream().map(Cell::of).toList());
	}

	private static List<List<BigDecimal>> rows(PublishedReport report, TableId table) {
		List<List<BigDecimal>> rows = new ArrayList<>();
		PublishedTable t = report.table(table.id()).orElse(null);
		if (t != null) {
			for (PublishedRow row : t.rows()) {
				rows.add(row.cells().stream().map(ReportJson::number).toList());
			}
		}
		return rows;
	}

	private static BigDecimal number(PublishedCell cell) {
		return cell.text().equals("/") ? null : new BigDecimal(cell.text());
	}

	String toJson() {
		try {
			return JSON.writeValueAsString(this) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("report data is plain", e);
		}
	}
}
