package org.report.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.report.dsl.format.Rule;
import org.report.dsl.reportDsl.Cell;
import org.report.dsl.reportDsl.Row;

/** Words the parser's syntax errors in Chinese, naming tokens the way a report writer knows them. */
public class ChineseSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** The issue code of every syntax error: {@link Rule#SYNTAX}. */
	private static final String CODE = Rule.SYNTAX.id();

	/** How {@code reportdsl import} marks a value or name it could not recover from the published text. */
	public static final String UNRESOLVED = "?";
	private static final String UNRESOLVED_MESSAGE = "未解决：导入时无法从原文恢复的内容标为「?」，请按原文填写（见文件开头「需人工处理」）";

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_NUMBER", "数值",
			"RULE_NAME", "标签或标题",
			"RULE_STRING", "带引号的文字",
			"RULE_TEXT_BLOCK", "叙述文字 \"\"\"…\"\"\"",
			"RULE_ANY_OTHER", "无法识别的字符",
			"EOF", "文件结尾");
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		Token token = context.getRecognitionException() == null ? null : context.getRecognitionException().token;
		if (token != null && token.getType() == Token.EOF && token.getTokenIndex() <= 0) {
			return new SyntaxErrorMessage("文件为空：报告应以「年报 机关名称 年份 格式 2021」开头", CODE);
		}
		if (token != null && UNRESOLVED.equals(token.getText())) {
			return new SyntaxErrorMessage(UNRESOLVED_MESSAGE, CODE);
		}
		String hint = hint(context.getCurrentContext(), token);
		return new SyntaxErrorMessage(hint != null ? hint : translate(context.getDefaultMessage()), CODE);
	}

	/** A message for the places where users most often go wrong, from what the parser was building. */
	private static String hint(EObject building, Token token) {
		String at = token == null || token.getType() == Token.EOF ? "文件结尾" : "「" + shown(token.getText()) + "」";
		if (building instanceof Cell cell && cell.getColumn() != null && cell.getValue() == null) {
			return "语法错误：列「" + cell.getColumn() + "」后应写数值，而不是" + at;
		}
		if (building instanceof Row row && row.getLabel() != null && row.getCells().isEmpty()
				&& row.getValues().isEmpty()) {
			INode node = NodeModelUtils.getNode(row);
			if (node != null && (node.getText().contains("：") || node.getText().contains(":"))) {
				return "语法错误：行「" + row.getLabel() + "」的「：」后应写数值（按正式列序），而不是" + at;
			}
			return "语法错误：行「" + row.getLabel() + "」后应写「列名 数值」（如 自然人 1）或「：数值…」，而不是" + at;
		}
		return null;
	}

	static String translate(String message) {
		if (message == null) {
			return "语法错误";
		}
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return "语法错误：此处不应出现「" + shown(m.group(1)) + "」，应为" + names(m.group(2));
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return "语法错误：多余的「" + shown(m.group(1)) + "」，应为" + names(m.group(2));
		}
		m = MISSING.matcher(message);
		if (m.matches() && m.group(1).equals("EOF")) {
			// the parser closed the report early: typically a 「}」 with no 「{」 before it
			return "语法错误：多余的「" + shown(m.group(2)) + "」，其后的内容未能读入（请检查「{」「}」是否成对）";
		}
		if (m.matches()) {
			return "语法错误：「" + shown(m.group(2)) + "」之前缺少" + names(m.group(1));
		}
		m = LOOP.matcher(message);
		if (m.matches()) {
			return "语法错误：「" + shown(m.group(1)) + "」处缺少内容";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return "语法错误：无法理解「" + shown(m.group(1)) + "」";
		}
		return "语法错误：" + names(message);
	}

	private static String shown(String token) {
		String t = token.length() > 40 ? token.substring(0, 40) + "…" : token;
		return t.equals("<EOF>") ? "文件结尾" : t.replace("\n", "⏎");
	}

	private static String names(String expected) {
		String s = expected;
		for (Map.Entry<String, String> e : TOKENS.entrySet()) {
			s = s.replace(e.getKey(), e.getValue());
		}
		return s.replace("<EOF>", "文件结尾").replaceAll("'([^']*)'", "「$1」");
	}
}
