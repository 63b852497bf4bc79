package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;

/** Go to definition and find references: narrative references and the previous-year link. */
public class NavigationTest extends LspTest {

	private String definition(String source) throws Exception {
		open(source);
		return render(languageServer.definition(new DefinitionParams(document(), cursor)).get().getLeft());
	}

	private String references(String source) throws Exception {
		open(source);
		return render(languageServer.references(new ReferenceParams(document(), cursor, new ReferenceContext(true))).get());
	}

	private String render(List<? extends Location> locations) {
		return locations.stream().map(l -> l.getUri().substring(l.getUri().lastIndexOf('/') + 1) + " " + range(l.getRange())
				+ (l.getUri().equals(uri) ? " " + covered(l.getRange()) : "")).collect(Collectors.joining("\n"));
	}

	@Test
	public void referenceGoesToTheWrittenCell() throws Exception {
		assertEquals("test.report 10:19-10:23 总计 4", definition(Samples.TOTALS.replace("{三.新收.总计}", "{三.新‸收.总计}")));
	}

	@Test
	public void referenceToAnOmittedTotalGoesToItsRow() throws Exception {
		assertEquals("test.report 11:3-11:20 予以公开 自然人 2 商业企业 1",
				definition(Samples.TOTALS.replace("{三.予以公开.总计}", "{三.予以公开.总‸计}")));
	}

	@Test
	public void cellReferences() throws Exception {
		assertEquals("""
				test.report 10:19-10:23 总计 4
				test.report 4:5-4:14 {三.新收.总计}""", references(Samples.TOTALS.replace("总计 4", "总计 ‸4")));
	}

	@Test
	public void previousYearLink() throws Exception {
		writeFile("last.report", Samples.TOTALS.replace("2025", "2024"));
		assertEquals("last.report 1:1-1:1", definition(Samples.TOTALS.replace("格式 2021\n", "格式 2021\n上年 \"last‸.report\"\n")));
	}

	@Test
	public void reportsThatNameThisOneAsPrevious() throws Exception {
		String next = writeFile("next.report", Samples.TOTALS.replace("2025", "2026").replace("格式 2021\n", "格式 2021\n上年 \"test.report\"\n"));
		open(next, Samples.TOTALS.replace("2025", "2026").replace("格式 2021\n", "格式 2021\n上年 \"test.report\"\n"));
		assertEquals("next.report 2:4-2:17", references("年‸报 测试局 2025 格式 2021\n" + Samples.TOTALS.substring(Samples.TOTALS.indexOf('\n') + 1)));
	}
}
