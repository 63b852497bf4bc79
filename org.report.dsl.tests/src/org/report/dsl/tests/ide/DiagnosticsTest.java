package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Diagnostics are published on open and after every change, cross-file X1 included. */
public class DiagnosticsTest extends LspTest {

	@Test
	public void publishedOnOpenAndAfterAnEdit() throws Exception {
		open(Samples.TOTALS);
		assertEquals("ERROR R3 10:19 一：总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1\n"
				+ "ERROR R1 10:19 总计：一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1", diagnostics());
		// one character: 4 → 3
		int line = 9, column = Samples.TOTALS.lines().toList().get(9).indexOf("4");
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(new Range(new Position(line, column), new Position(line, column + 1)), "3"))));
		awaitBuild();
		assertEquals("", diagnostics());
	}

	@Test
	public void crossYearCheckAgainstThePreviousReport() throws Exception {
		writeFile("last.report", Samples.TOTALS.replace("2025", "2024").replace("结转下年 自然人 0", "结转下年 自然人 1"));
		open(Samples.TOTALS.replace("格式 2021\n", "格式 2021\n上年 \"last.report\"\n"));
		// X1 sits on the table: this year's 上年结转 row is not written
		assertEquals("ERROR X1 10:1 自然人：本年「二、上年结转」0，而上年报告「四、结转下年度继续办理」1，相差 1\n"
				+ "ERROR X1 10:1 总计：本年「二、上年结转」0，而上年报告「四、结转下年度继续办理」1，相差 1\n"
				+ "ERROR R3 11:19 一：总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1\n"
				+ "ERROR R1 11:19 总计：一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1", diagnostics());
	}

	@Test
	public void editingThePreviousReportRechecksThisOne() throws Exception {
		String last = Samples.TOTALS.replace("2025", "2024").replace("结转下年 自然人 0", "结转下年 自然人 1");
		String lastUri = writeFile("last.report", last);
		open(Samples.TOTALS.replace("格式 2021\n", "格式 2021\n上年 \"last.report\"\n"));
		open(lastUri, last);
		awaitBuild();
		assertEquals("2", Long.toString(diagnostics().lines().filter(l -> l.startsWith("ERROR X1")).count()));
		// last year's report is corrected in its own editor: nothing is typed in this one
		int line = last.lines().toList().indexOf("  结转下年 自然人 1"), column = "  结转下年 自然人 ".length();
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(lastUri, 2), List.of(
				new TextDocumentContentChangeEvent(new Range(new Position(line, column), new Position(line, column + 1)), "0"))));
		awaitBuild();
		assertEquals("ERROR R3 11:19 一：总计 4，而自然人 2 + 商业企业 1（其余为 0） = 3，相差 1\n"
				+ "ERROR R1 11:19 总计：一 4 + 二 0 = 4，而（七）总计 3 + 四 0 = 3，相差 1", diagnostics());
	}

	/** Both diagnostics of a planted value point at the cell that was changed, the cell they share. */
	@Test
	public void theSharedCellIsRelatedInformationOfBothDiagnostics() throws Exception {
		open(Samples.PLANTED);
		assertEquals("""
				ERROR R3 11:21 （一）：总计 3，而自然人 3 + 商业企业 1（其余为 0） = 4，相差 1
				ERROR R2 12:6 自然人：（七）总计 2，而予以公开 3（其余为 0） = 3，相差 1""", diagnostics());
		List<String> related = new ArrayList<>();
		for (Diagnostic d : getDiagnostics().get(uri)) {
			Assertions.assertEquals(1, d.getRelatedInformation().size(), d.toString());
			DiagnosticRelatedInformation info = d.getRelatedInformation().get(0);
			assertEquals(uri, info.getLocation().getUri());
			related.add(d.getCode().getLeft() + " → " + range(info.getLocation().getRange()) + " 「"
					+ covered(info.getLocation().getRange()) + "」 " + info.getMessage());
		}
		related.sort(null);
		Assertions.assertEquals(List.of("R2 → 11:12-11:13 「3」 可能出错的单元格：三 （一）·自然人（改为 2 则 2 处勾稽关系均成立）",
				"R3 → 11:12-11:13 「3」 可能出错的单元格：三 （一）·自然人（改为 2 则 2 处勾稽关系均成立）"), related);
	}

	/** A wrong total that no other failure shares is itself the culprit: nothing to relate. */
	@Test
	public void aLoneWrongTotalHasNoRelatedInformation() throws Exception {
		open(Samples.TOTALS);
		for (Diagnostic d : getDiagnostics().get(uri)) {
			Assertions.assertNull(d.getRelatedInformation(), d.toString());
		}
	}

	/** A file in GBK gets the command line's one ENCODING error, not syntax errors on mojibake. */
	@Test
	public void fileThatIsNotUtf8GetsOneEncodingError() throws Exception {
		uri = writeFile("gbk.report", "");
		Files.write(Paths.get(java.net.URI.create(uri)), ("// GBK\n" + Samples.TOTALS).getBytes(Charset.forName("GBK")));
		languageServer.getWorkspaceService().didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, FileChangeType.Changed))));
		awaitBuild();
		assertEquals("ERROR ENCODING 2:1 文件不是 UTF-8 编码（可能是 GBK/GB18030）：请另存为 UTF-8", diagnostics());
	}
}
