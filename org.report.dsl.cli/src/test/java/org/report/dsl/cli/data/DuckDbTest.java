package org.report.dsl.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.report.dsl.cli.CliRunner;

/**
 * The analytics engine takes over: SQL (DuckDB's JDBC driver) over the Parquet the command line exports
 * for the examples and the two synthetic years of one organ, with exact results. The queries are those
 * of docs/data.md.
 */
class DuckDbTest {

	@TempDir
	static Path dir;

	static String parquet;

	@BeforeAll
	static void export() {
		Path out = dir.resolve("reports.parquet");
		CliRunner.Result run = CliRunner.run("render", "--format", "parquet", "--force", "--combine", out.toString(),
				DataFiles.EXAMPLES.toString(), DataFiles.SYNTHETIC.toString());
		assertEquals(1, run.exit(), run.err()); // yindu-keji-2025's S6 error, rendered with --force
		parquet = "read_parquet('" + out.toString().replace("'", "''") + "')";
	}

	/** The rows of a query, one line each, columns separated by |; decimals without trailing zeros. */
	private static String query(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
				ResultSet r = s.executeQuery(sql.replace("REPORTS", parquet))) {
			ResultSetMetaData meta = r.getMetaData();
			List<String> lines = new ArrayList<>();
			while (r.next()) {
				List<String> cells = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object v = r.getObject(i);
					cells.add(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v));
				}
				lines.add(String.join("|", cells));
			}
			return String.join("\n", lines);
		}
	}

	@Test
	void rowsReportsAndValidity() throws SQLException {
		assertEquals("1398|7|6", query("""
				SELECT count(*), count(DISTINCT source_file), count(DISTINCT source_file) FILTER (WHERE valid)
				FROM REPORTS"""));
		assertEquals("2019|198\n2021|1200", query("SELECT format, count(*) FROM REPORTS GROUP BY format ORDER BY format"));
	}

	@Test
	void newApplicationsByOrganType() throws SQLException {
		assertEquals("""
				人民政府|1|3119
				其他|1|74
				部门|5|31""", query("""
				SELECT CASE WHEN organ LIKE '%人民政府' THEN '人民政府' WHEN organ LIKE '%局' THEN '部门' ELSE '其他' END AS organ_type,
				       count(DISTINCT source_file) AS reports, sum(value) AS new_applications
				FROM REPORTS WHERE cell_id = '三.NEW.TOTAL'
				GROUP BY organ_type ORDER BY organ_type"""));
	}

	@Test
	void totalsByOrganAndYearAndTheFeeExactly() throws SQLException {
		assertEquals("""
				淮安市人民政府|2024|3119|3050|351
				平潭综合实验区|2022|74|75|2
				试验区数据局|2021|18|18|1
				试验区数据局|2020|12|12|1
				三门峡市科学技术局|2025|1|1|0""", query("""
				SELECT organ, year,
				       sum(value) FILTER (WHERE cell_id = '三.NEW.TOTAL'),
				       sum(value) FILTER (WHERE cell_id = '三.RESULT_TOTAL.TOTAL'),
				       sum(value) FILTER (WHERE cell_id = '四.REVIEW.TOTAL')
				FROM REPORTS WHERE valid GROUP BY organ, year
				HAVING sum(value) FILTER (WHERE cell_id = '三.NEW.TOTAL') > 0
				ORDER BY sum(value) FILTER (WHERE cell_id = '三.NEW.TOTAL') DESC, year"""));
		// amounts are DECIMAL(18,6): the sum is exact
		assertEquals("105289.21", query("SELECT sum(value) FROM REPORTS WHERE cell_id = '二.FEES.FEE'"));
		// 「/」 is NULL with not_applicable, never 0
		assertEquals("二.RULES.IN_FORCE|null\n二.RULES.ISSUED|null\n二.RULES.REPEALED|null", query("""
				SELECT cell_id, value FROM REPORTS WHERE not_applicable ORDER BY cell_id"""));
	}

	@Test
	void yearOverYearChangeAcrossTheTwoFormats() throws SQLException {
		// 2020 is in the 2019 format, 2021 in the 2021 format: cells join on cell_id where the meaning is equal
		assertEquals("172", query("""
				SELECT count(*) FROM REPORTS cur JOIN REPORTS prev
				  ON cur.organ = prev.organ AND cur.cell_id = prev.cell_id AND cur.year = prev.year + 1
				WHERE cur.organ = '试验区数据局'"""));
		assertEquals("""
				DISCLOSED|7|11|4|57.1
				NEW|12|18|6|50.0
				NOT_HELD|3|4|1|33.3
				RESULT_TOTAL|12|18|6|50.0""", query("""
				SELECT cur.row_id, prev.value, cur.value, cur.value - prev.value,
				       round(100 * (cur.value - prev.value) / prev.value, 1)
				FROM REPORTS cur JOIN REPORTS prev
				  ON cur.organ = prev.organ AND cur.cell_id = prev.cell_id AND cur.year = prev.year + 1
				WHERE cur.table = '三' AND cur.column_id = 'TOTAL' AND cur.value <> prev.value
				ORDER BY cur.row_id"""));
	}
}
