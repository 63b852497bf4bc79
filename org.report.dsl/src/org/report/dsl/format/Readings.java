package org.report.dsl.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pinyin readings of every label and alias of the format (sections, parts, rows, columns) and
 * of the grammar's keywords, written by hand: the vocabulary is closed, so no dictionary is needed,
 * and a reading per word (not per character) gets 行政 (xíngzhèng) and 重复 (chóngfù) right. Editors
 * use them to offer 新收 when the user types {@code xs} or {@code xinshou}. A test checks that every
 * label and alias of both format versions has a reading with one syllable per Chinese character.
 */
public final class Readings {

	/** Full pinyin without tones, one syllable per Chinese character, and the initials (新收 → xinshou, xs). */
	public record Reading(String syllables) {
		public String full() {
			return syllables.replace(" ", "");
		}

		public String initials() {
			StringBuilder b = new StringBuilder();
			for (String s : syllables.split(" ")) {
				b.append(s.charAt(0));
			}
			return b.toString();
		}

		/** Whether what the user typed (lower case letters) starts the full pinyin or the initials. */
		public boolean matches(String typed) {
			String t = typed.toLowerCase(Locale.ROOT);
			return !t.isEmpty() && (full().startsWith(t) || initials().startsWith(t));
		}
	}

	// label (as Labels.key gives it) = syllables
	private static final String DATA = """
			总体情况 = zong ti qing kuang
			主动公开政府信息情况 = zhu dong gong kai zheng fu xin xi qing kuang
			收到和处理政府信息公开申请情况 = shou dao he chu li zheng fu xin xi gong kai shen qing qing kuang
			政府信息公开行政复议、行政诉讼情况 = zheng fu xin xi gong kai xing zheng fu yi xing zheng su song qing kuang
			存在的主要问题及改进情况 = cun zai de zhu yao wen ti ji gai jin qing kuang
			其他需要报告的事项 = qi ta xu yao bao gao de shi xiang
			主动公开 = zhu dong gong kai
			依申请公开 = yi shen qing gong kai
			政府信息管理 = zheng fu xin xi guan li
			政府信息公开平台建设 = zheng fu xin xi gong kai ping tai jian she
			监督保障 = jian du bao zhang
			规章 = gui zhang
			本年制发件数 = ben nian zhi fa jian shu
			制发 = zhi fa
			本年废止件数 = ben nian fei zhi jian shu
			废止 = fei zhi
			现行有效件数 = xian xing you xiao jian shu
			现行有效 = xian xing you xiao
			有效 = you xiao
			行政规范性文件 = xing zheng gui fan xing wen jian
			行政许可 = xing zheng xu ke
			本年处理决定数量 = ben nian chu li jue ding shu liang
			处理决定 = chu li jue ding
			行政处罚 = xing zheng chu fa
			行政强制 = xing zheng qiang zhi
			行政事业性收费 = xing zheng shi ye xing shou fei
			收费 = shou fei
			本年收费金额（单位：万元） = ben nian shou fei jin e dan wei wan yuan
			本年收费金额 = ben nian shou fei jin e
			收费金额 = shou fei jin e
			金额 = jin e
			本年新收政府信息公开申请数量 = ben nian xin shou zheng fu xin xi gong kai shen qing shu liang
			新收 = xin shou
			本年新收 = ben nian xin shou
			自然人 = zi ran ren
			商业企业 = shang ye qi ye
			企业 = qi ye
			科研机构 = ke yan ji gou
			社会公益组织 = she hui gong yi zu zhi
			公益组织 = gong yi zu zhi
			法律服务机构 = fa lv fu wu ji gou
			其他 = qi ta
			其他组织 = qi ta zu zhi
			总计 = zong ji
			上年结转政府信息公开申请数量 = shang nian jie zhuan zheng fu xin xi gong kai shen qing shu liang
			上年结转 = shang nian jie zhuan
			予以公开 = yu yi gong kai
			部分公开（区分处理的，只计这一情形，不计其他情形） = bu fen gong kai qu fen chu li de zhi ji zhe yi qing xing bu ji qi ta qing xing
			部分公开 = bu fen gong kai
			属于国家秘密 = shu yu guo jia mi mi
			国家秘密 = guo jia mi mi
			其他法律行政法规禁止公开 = qi ta fa lv xing zheng fa gui jin zhi gong kai
			法律法规禁止 = fa lv fa gui jin zhi
			其他法律法规禁止 = qi ta fa lv fa gui jin zhi
			危及三安全一稳定 = wei ji san an quan yi wen ding
			三安全一稳定 = san an quan yi wen ding
			保护第三方合法权益 = bao hu di san fang he fa quan yi
			第三方权益 = di san fang quan yi
			第三方合法权益 = di san fang he fa quan yi
			属于三类内部事务信息 = shu yu san lei nei bu shi wu xin xi
			内部事务 = nei bu shi wu
			三类内部事务 = san lei nei bu shi wu
			属于四类过程性信息 = shu yu si lei guo cheng xing xin xi
			过程性信息 = guo cheng xing xin xi
			四类过程性信息 = si lei guo cheng xing xin xi
			属于行政执法案卷 = shu yu xing zheng zhi fa an juan
			执法案卷 = zhi fa an juan
			行政执法案卷 = xing zheng zhi fa an juan
			属于行政查询事项 = shu yu xing zheng cha xun shi xiang
			行政查询 = xing zheng cha xun
			行政查询事项 = xing zheng cha xun shi xiang
			本机关不掌握相关政府信息 = ben ji guan bu zhang wo xiang guan zheng fu xin xi
			不掌握 = bu zhang wo
			没有现成信息需要另行制作 = mei you xian cheng xin xi xu yao ling xing zhi zuo
			需另行制作 = xu ling xing zhi zuo
			另行制作 = ling xing zhi zuo
			补正后申请内容仍不明确 = bu zheng hou shen qing nei rong reng bu ming que
			补正后仍不明确 = bu zheng hou reng bu ming que
			内容不明确 = nei rong bu ming que
			信访举报投诉类申请 = xin fang ju bao tou su lei shen qing
			信访举报投诉 = xin fang ju bao tou su
			信访举报 = xin fang ju bao
			重复申请 = chong fu shen qing
			要求提供公开出版物 = yao qiu ti gong gong kai chu ban wu
			公开出版物 = gong kai chu ban wu
			无正当理由大量反复申请 = wu zheng dang li you da liang fan fu shen qing
			大量反复申请 = da liang fan fu shen qing
			要求行政机关确认或重新出具已获取信息 = yao qiu xing zheng ji guan que ren huo chong xin chu ju yi huo qu xin xi
			确认或重新出具 = que ren huo chong xin chu ju
			申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 = shen qing ren wu zheng dang li you yu qi bu bu zheng xing zheng ji guan bu zai chu li qi zheng fu xin xi gong kai shen qing
			逾期不补正 = yu qi bu bu zheng
			申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 = shen qing ren yu qi wei an shou fei tong zhi yao qiu jiao na fei yong xing zheng ji guan bu zai chu li qi zheng fu xin xi gong kai shen qing
			逾期未缴费 = yu qi wei jiao fei
			逾期不缴费 = yu qi bu jiao fei
			其他处理其他 = qi ta chu li qi ta
			其他处理 = qi ta chu li
			办理结果总计 = ban li jie guo zong ji
			结转下年度继续办理 = jie zhuan xia nian du ji xu ban li
			结转下年 = jie zhuan xia nian
			结转下年度 = jie zhuan xia nian du
			行政复议 = xing zheng fu yi
			复议 = fu yi
			结果维持 = jie guo wei chi
			维持 = wei chi
			结果纠正 = jie guo jiu zheng
			纠正 = jiu zheng
			其他结果 = qi ta jie guo
			尚未审结 = shang wei shen jie
			未审结 = wei shen jie
			未经复议直接起诉 = wei jing fu yi zhi jie qi su
			直接起诉 = zhi jie qi su
			复议后起诉 = fu yi hou qi su
			本年新制作数量 = ben nian xin zhi zuo shu liang
			新制作 = xin zhi zuo
			本年新公开数量 = ben nian xin gong kai shu liang
			新公开 = xin gong kai
			对外公开总数量 = dui wai gong kai zong shu liang
			对外公开总数 = dui wai gong kai zong shu
			规范性文件 = gui fan xing wen jian
			上一年项目数量 = shang yi nian xiang mu shu liang
			上年项目 = shang nian xiang mu
			本年增/减 = ben nian zeng jian
			增减 = zeng jian
			本年增减 = ben nian zeng jian
			处理决定数量 = chu li jue ding shu liang
			其他对外管理服务事项 = qi ta dui wai guan li fu wu shi xiang
			政府集中采购 = zheng fu ji zhong cai gou
			集中采购 = ji zhong cai gou
			采购项目数量 = cai gou xiang mu shu liang
			采购项目 = cai gou xiang mu
			采购总金额 = cai gou zong jin e
			采购金额 = cai gou jin e
			年报 = nian bao
			格式 = ge shi
			标题 = biao ti
			上年 = shang nian
			前言 = qian yan
			结尾 = jie wei
			""";

	private static final Map<String, Reading> READINGS = parse(DATA);

	private Readings() {
	}

	/** The reading of a label, alias or keyword as written (numbering, brackets and spaces aside). */
	public static Optional<Reading> of(String label) {
		return Optional.ofNullable(READINGS.get(Labels.key(label)));
	}

	/** Every label with a reading, for tests and generators. */
	public static Map<String, Reading> all() {
		return READINGS;
	}

	private static Map<String, Reading> parse(String data) {
		Map<String, Reading> map = new HashMap<>();
		for (String line : data.strip().split("\n")) {
			int eq = line.indexOf(" = ");
			map.put(Labels.key(line.substring(0, eq).strip()), new Reading(line.substring(eq + 3).strip()));
		}
		return Map.copyOf(map);
	}
}
