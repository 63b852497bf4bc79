package org.report.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Words the parser's syntax errors in Chinese, naming tokens the way a report writer knows them. */
public class ChineseSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	public static final String CODE = "SYNTAX";

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
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		Token token = context.getRecognitionException() == null ? null : context.getRecognitionException().token;
		if (token != null && token.getType() == Token.EOF && token.getTokenIndex() <= 0) {
			return new SyntaxErrorMessage("文件为空：报告应以「年报 机关名称 年份 格式 2021」开头", CODE);
		}
		return new SyntaxErrorMessage(translate(context.getDefaultMessage()), CODE);
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
		if (m.matches()) {
			return "语法错误：「" + shown(m.group(2)) + "」之前缺少" + names(m.group(1));
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
		return s.replace("<EOF>", "文件结尾").replace("'", "「").replace("「 ", "」 ");
	}
}
