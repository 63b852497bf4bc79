package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.junit.jupiter.api.Test;

/** Rename a row or column to another of its names, in the table and in narrative references. */
public class RenameTest extends LspTest {

	@Test
	public void rowRenamedInTableAndReferences() throws Exception {
		open(Samples.TOTALS.replace("  新收 自然人", "  新‸收 自然人"));
		var prepared = languageServer.prepareRename(new PrepareRenameParams(document(), cursor)).get();
		assertEquals("新收", prepared.getSecond().getPlaceholder());
		var edit = languageServer.rename(new RenameParams(document(), cursor, "本年新收")).get();
		String renamed = apply(text, edit.getChanges().get(uri));
		assertEquals(Samples.TOTALS.replace("新收", "本年新收"), renamed);
	}

	@Test
	public void columnRenamedInReferences() throws Exception {
		open(Samples.TOTALS.replace("{三.予以公开.总计}", "{三.予以公开.总‸计}"));
		var edit = languageServer.rename(new RenameParams(document(), cursor, "合计")).handle((r, e) -> e).get();
		assertEquals("「合计」不是「总计」的名称；只能改用同一行或列的正式标签或简称",
				edit.getMessage());
	}

	@Test
	public void otherNameMustDenoteTheSameRow() {
		open(Samples.TOTALS.replace("  新收 自然人", "  新‸收 自然人"));
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> languageServer.rename(new RenameParams(document(), cursor, "上年结转")).get());
		assertEquals("「上年结转」不是「一、本年新收政府信息公开申请数量」的名称；只能改用同一行或列的正式标签或简称", e.getCause().getMessage());
	}
}
