package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** REF: narrative references {表.行.列} name an existing cell. The narrative of 一 starts on line 4. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ReportDslInjectorProvider.class)
public class RulesReferenceTest {

	@Inject
	private IssueList issues;

	private String narrative(String text) {
		return issues.of(Sources.builder().narrative(1, text).build());
	}

	@Test
	public void unknownRow() {
		assertEquals("ERROR REF 4:3 引用 {三.不存在.总计} 无效：表三没有「不存在」这一行", narrative("收到{三.不存在.总计}件。"));
	}

	@Test
	public void unknownColumn() {
		assertEquals("ERROR REF 4:1 引用 {三.新收.未知} 无效：「一」没有「未知」列", narrative("{三.新收.未知}"));
	}

	@Test
	public void unknownTable() {
		assertEquals("ERROR REF 4:1 引用 {五.新收.总计} 无效：没有「表五」；可引用的表为 二、三、四", narrative("{五.新收.总计}"));
	}

	@Test
	public void malformedReference() {
		assertEquals("ERROR REF 4:4 引用应写作 {表.行.列}，如 {三.新收.总计}", narrative("收到共{三}件"));
		assertEquals("ERROR REF 4:2 引用应写作 {表.行.列}，如 {三.新收.总计}", narrative("见{三..总计}"));
	}

	@Test
	public void unclosedReference() {
		assertEquals("""
				ERROR REF 4:3 引用缺少右花括号「}」；字面的「{」请写作「{{」
				ERROR REF 5:1 引用缺少右花括号「}」；字面的「{」请写作「{{」""", narrative("收到{三.新收\n{"));
	}

	@Test
	public void rowWithSeveralColumnsNeedsAColumn() {
		assertEquals("ERROR REF 4:3 引用 {三.新收} 无效：「一」有 7 列，引用须写明列，如 {三.新收.总计}", narrative("收到{三.新收}件"));
		assertEquals("ERROR REF 4:1 引用 {二.行政规范性文件} 无效：「行政规范性文件」有 3 列，引用须写明列，如 {二.行政规范性文件.现行有效件数}",
				narrative("{二.行政规范性文件}"));
	}

	@Test
	public void validReferencesAndLiteralBracesAreClean() {
		assertEquals("", narrative("""
				共收到{三.新收.总计}件，办结{ 三 . 总计 . 总计 }件，{表四.行政复议.总计}件复议，
				收费{二.行政事业性收费}万元，现行有效{二.规范性文件.有效}件，括号{{不是引用}。"""));
	}

	@Test
	public void referenceOnALaterLineOfAPreamble() {
		assertEquals("ERROR REF 4:5 引用 {三.新收.人数} 无效：「一」没有「人数」列", issues.of(Sources.builder()
				.header("年报 测试局 2025 格式 2021\n前言 " + Sources.narrative("第一行\n第二行：{三.新收.人数}")).build()));
	}
}
