package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Quick fixes for the published diagnostics, shown as the title and the document after the fix. */
public class CodeActionTest extends LspTest {

	/** Every code action for the diagnostics with the code, each as its title and the changed lines. */
	private String fixes(String source, String code) throws Exception {
		open(source);
		List<Diagnostic> diagnostics = getDiagnostics().get(uri).stream()
				.filter(d -> d.getCode().getLeft().equals(code)).toList();
		List<String> out = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			CodeActionParams params = new CodeActionParams(document(), d.getRange(), new CodeActionContext(List.of(d)));
			for (Either<Command, CodeAction> a : languageServer.codeAction(params).get()) {
				if (a.getRight().getDiagnostics() != null) {
					out.add(a.getRight().getTitle() + "\n" + changedLines(apply(text, a.getRight().getEdit().getChanges().get(uri))));
				}
			}
		}
		return String.join("\n", out);
	}

	/** The lines of the fixed text that differ from the original, marked with +. */
	private String changedLines(String fixed) {
		List<String> before = text.lines().toList();
		List<String> out = new ArrayList<>();
		for (String line : fixed.lines().toList()) {
			if (!before.contains(line)) {
				out.add("+ " + line);
			}
		}
		return String.join("\n", out);
	}

	@Test
	public void wrongTotalBecomesTheComputedValue() throws Exception {
		assertEquals("""
				将合计 三 一·总计 改为计算值 3
				+   新收 自然人 2 商业企业 1 总计 3""", fixes(Samples.TOTALS, "R3"));
	}

	@Test
	public void oneEditThatRepairsTwoFindingsIsOfferedOnce() throws Exception {
		// 新收·总计 written 4: its row sums to 3 (R3) and its column does not add up (R1); setting it to 3
		// is the total's fix for R3 and the culprit's fix for R1: one action, for both diagnostics
		open(Samples.TOTALS);
		List<Diagnostic> atTotal = getDiagnostics().get(uri).stream()
				.filter(d -> d.getRange().getStart().getLine() == 9 && d.getCode().getLeft().matches("R[13]")).toList();
		Assertions.assertEquals(List.of("R1", "R3"), atTotal.stream().map(d -> d.getCode().getLeft()).sorted().toList());
		CodeActionParams params = new CodeActionParams(document(), atTotal.get(0).getRange(), new CodeActionContext(atTotal));
		List<String> titles = new ArrayList<>();
		for (Either<Command, CodeAction> a : languageServer.codeAction(params).get()) {
			if (a.getRight().getDiagnostics() != null) {
				titles.add(a.getRight().getTitle() + " " + a.getRight().getDiagnostics().size());
			}
		}
		Assertions.assertEquals(List.of("将合计 三 一·总计 改为计算值 3 2"), titles);
	}

	@Test
	public void aPlantedValueCanBeFixedOnEitherSide() throws Exception {
		// set the total; or set the shared cell so that both relations hold
		assertEquals("""
				将合计 三 （一）·总计 改为计算值 4
				+   予以公开 自然人 3 商业企业 1 总计 4
				将 三 （一）·自然人 改为 2，2 处勾稽关系均成立
				+   予以公开 自然人 2 商业企业 1 总计 3""", fixes(Samples.PLANTED, "R3"));
		assertEquals("""
				将合计 三 （七）总计·自然人 改为计算值 3
				+   总计 自然人 3 商业企业 1 总计 3
				将 三 （一）·自然人 改为 2，2 处勾稽关系均成立
				+   予以公开 自然人 2 商业企业 1 总计 3""", fixes(Samples.PLANTED, "R2"));
	}

	@Test
	public void labelVariantBecomesTheOfficialLabel() throws Exception {
		String source = Samples.TOTALS.replace("二、主动公开政府信息情况\n{ }", "二、主动公开政府信息情况\n{\n  规范性文件 本年度止件数 1\n}")
				.replace("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况");
		assertEquals("""
				改为正式用语「五、存在的主要问题及改进情况」
				+ 五、存在的主要问题及改进情况""", fixes(source, "S1"));
		assertEquals("""
				改为正式用语「行政规范性文件」
				+   行政规范性文件 本年度止件数 1
				改为正式用语「本年废止件数」
				+   规范性文件 本年废止件数 1""", fixes(source, "S2"));
	}

	@Test
	public void missingSectionIsInsertedInItsPlace() throws Exception {
		String source = Samples.TOTALS.replace("五、存在的主要问题及改进情况\n\"\"\"\n无。\n\"\"\"\n", "");
		open(source);
		Diagnostic d = getDiagnostics().get(uri).stream().filter(x -> x.getCode().getLeft().equals("S1")).findFirst().get();
		CodeAction fix = languageServer.codeAction(new CodeActionParams(document(), d.getRange(),
				new CodeActionContext(List.of(d)))).get().get(0).getRight();
		assertEquals("插入缺少的部分「五、存在的主要问题及改进情况」", fix.getTitle());
		assertEquals(Samples.TOTALS.replace("五、存在的主要问题及改进情况\n\"\"\"\n无。\n\"\"\"\n", "五、存在的主要问题及改进情况\n\"\"\"\n\n\"\"\"\n\n"),
				apply(text, fix.getEdit().getChanges().get(uri)));
	}

	@Test
	public void duplicateCellIsRemoved() throws Exception {
		assertEquals("""
				删除重复的单元格 三 四·自然人
				+   结转下年 自然人 0""", fixes(Samples.TOTALS.replace("结转下年 自然人 0", "结转下年 自然人 0 自然人 0"), "S2"));
	}

	@Test
	public void formatOfTheWrongYear() throws Exception {
		assertEquals("""
				改为 2021 年格式（国办公开办函〔2021〕30号）
				+ 年报 测试局 2025 格式 2021""", fixes(Samples.TOTALS.replace("格式 2021", "格式 2019"), "S4"));
	}

	@Test
	public void missingPartOfSectionOne() throws Exception {
		open(Samples.TOTALS.replace("一、总体情况\n", "一、总体情‸况\n（一）主动公开情况\n"));
		List<String> titles = new ArrayList<>();
		for (Either<Command, CodeAction> a : languageServer.codeAction(new CodeActionParams(document(),
				new Range(cursor, cursor), new CodeActionContext(List.of()))).get()) {
			titles.add(a.getRight().getTitle() + " (" + a.getRight().getKind() + ")");
		}
		assertEquals("""
				插入小标题「（二）依申请公开」 (refactor.rewrite)
				插入小标题「（三）政府信息管理」 (refactor.rewrite)
				插入小标题「（四）政府信息公开平台建设」 (refactor.rewrite)
				插入小标题「（五）监督保障」 (refactor.rewrite)""", String.join("\n", titles));
	}
}
