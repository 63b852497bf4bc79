package org.report.dsl.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;
import org.report.dsl.format.TableId;
import org.report.dsl.publish.PublishedCell;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedRow;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The data of a report for build scripts and aggregation: rows and columns in the official order of
 * format.md, totals computed where omitted, amounts with exactly their written digits, 「/」 as null.
 */
@JsonPropertyOrder({ "organ", "year", "format", "table2", "table3", "table4", "sections" })
record ReportJson(String organ, int year, String format, List<List<BigDecimal>> table2,
		List<List<BigDecimal>> table3, List<BigDecimal> table4, List<String> sections) {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	static ReportJson of(PublishedReport report) {
		List<String> sections = new ArrayList<>();
		for (int n = 1; n <= 6; n++) {
			sections.add(report.section(n).map(PublishedSection::narrative).orElse(""));
		}
		return new ReportJson(report.organ(), report.year(), Integer.toString(report.format().number()),
				rows(report, Table2.TABLE), rows(report, Table3.TABLE),
				rows(report, Table4.TABLE).stream().flatMap(List::stream).toList(), sections);
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
