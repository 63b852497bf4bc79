package org.report.dsl.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pinyin readings of every label and alias of the format (sections, parts, rows, columns) and
 * of the grammar's keywords, read character by character from a table of the characters they use:
 * no label is written twice, so a new row or alias only needs its characters here (a test checks
 * that every label and alias of both format versions has a reading with one syllable per Chinese
 * character). The vocabulary is closed, so no dictionary is needed, and each character has the one
 * reading it has in the format's words: 行 is xíng (行政, 现行, 另行), 重 is chóng (重复, 重新). Editors
 * use the readings to offer 新收 when the user types {@code xs} or {@code xinshou}.
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

	// syllable, then the characters read so (toneless; one reading per character in this vocabulary)
	private static final String CHARACTERS = """
			an 安按案
			ban 办版
			bao 保报
			ben 本
			biao 标
			bu 不补部
			cai 采
			cha 查
			cheng 成程
			chi 持
			chong 重
			chu 出处
			cun 存
			da 大
			dan 单
			dang 当
			dao 到
			de 的
			di 第
			ding 定
			dong 动
			du 度督
			dui 对
			e 额
			fa 发法罚
			fan 反范
			fang 方访
			fei 废费
			fen 分
			fu 复府服
			gai 改
			gao 告
			ge 格
			gong 供公
			gou 构购
			guan 关管
			gui 规
			guo 国果过
			he 合和
			hou 后
			hu 护
			hui 会
			huo 或获
			ji 及机继计集
			jia 家
			jian 件减建监
			jiao 缴
			jie 接结
			jin 禁进金
			jing 经
			jiu 纠
			ju 举具
			juan 卷
			jue 决
			kai 开
			ke 可科
			kuang 况
			lei 类
			li 理
			liang 量
			ling 另
			lv 律
			mei 没
			mi 密秘
			ming 明
			mu 目
			na 纳
			nei 内
			nian 年
			ping 平
			qi 企其期起
			qian 前
			qiang 强
			qing 情请
			qiu 求
			qu 区取
			quan 全权
			que 确
			ran 然
			ren 人认
			reng 仍
			rong 容
			san 三
			shang 上商尚
			she 社设
			shen 审申
			shi 事式
			shou 收
			shu 属数
			si 四
			song 讼
			su 诉
			ta 他
			tai 台
			ti 体提题
			tong 通
			tou 投
			wai 外
			wan 万
			wei 位危尾未维
			wen 文稳问
			wo 握
			wu 务无物
			xi 息
			xia 下
			xian 现
			xiang 相项
			xiao 效
			xin 信新
			xing 形性行
			xu 续许需
			xun 询
			yan 研言
			yao 要
			ye 业
			yi 一以依已益议
			yong 用
			you 有由
			yu 予于逾
			yuan 元
			zai 再在
			zeng 增
			zhang 掌章障
			zhe 这
			zheng 政正
			zhi 制只执止直知织
			zhong 中
			zhu 主
			zhuan 转
			zi 自
			zong 总
			zu 组
			zuo 作
			""";

	private static final Map<Integer, String> SYLLABLES = parse(CHARACTERS);

	private Readings() {
	}

	/**
	 * The reading of a label, alias or keyword as written (numbering, brackets, punctuation and spaces
	 * aside), or empty when it has a character outside the format's vocabulary.
	 */
	public static Optional<Reading> of(String label) {
		List<String> syllables = new ArrayList<>();
		for (int c : Labels.key(label).codePoints().toArray()) {
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				String syllable = SYLLABLES.get(c);
				if (syllable == null) {
					return Optional.empty();
				}
				syllables.add(syllable);
			}
		}
		return syllables.isEmpty() ? Optional.empty() : Optional.of(new Reading(String.join(" ", syllables)));
	}

	private static Map<Integer, String> parse(String data) {
		Map<Integer, String> map = new HashMap<>();
		for (String line : data.strip().split("\n")) {
			String[] parts = line.strip().split(" ");
			parts[1].codePoints().forEach(c -> map.put(c, parts[0]));
		}
		return Map.copyOf(map);
	}
}
