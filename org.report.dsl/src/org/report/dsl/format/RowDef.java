package org.report.dsl.format;

import java.util.List;

/**
 * A value row of a table.
 *
 * @param id       stable identifier
 * @param label    the official label as printed, with its numbering, e.g. 1.属于国家秘密
 * @param ref      the short reference messages use, e.g. （三）1, （七）总计 or 一
 * @param group    the group label the row belongs to (（三）不予公开), or null
 * @param block    the heading over the run of rows it belongs to: 第二十条第（一）项 in table 二,
 *                 三、本年度办理结果 in table 三; or null
 * @param aliases  other accepted names
 * @param variants wordings seen in published reports (warning)
 * @param columns  the value columns of this row, in official order
 * @param role     whether it is a total row
 */
public record RowDef(String id, String label, String ref, String group, String block, List<String> aliases,
		List<String> variants, List<ColumnDef> columns, RowRole role) implements Labelled {

	/** By id only: equal definitions have equal ids, and hashing the whole definition made look-ups slow. */
	@Override
	public int hashCode() {
		return id.hashCode();
	}

	/** The name a reader knows the row by: its first alias, else its label without numbering. */
	public String shortName() {
		return aliases.isEmpty() ? Labels.key(label) : aliases.get(0);
	}

	/**
	 * The label without its numbering and without the words every row of table 三's first block
	 * repeats: 一、本年新收政府信息公开申请数量 → 本年新收; 四、结转下年度继续办理 stays as it is.
	 */
	public String brief() {
		String key = Labels.key(label);
		String repeated = "政府信息公开申请数量";
		return key.endsWith(repeated) && key.length() > repeated.length()
				? key.substring(0, key.length() - repeated.length()) : key;
	}

	/** This row with one more accepted name. */
	public RowDef withAlias(String alias) {
		List<String> more = new java.util.ArrayList<>(aliases);
		more.add(alias);
		return new RowDef(id, label, ref, group, block, List.copyOf(more), variants, columns, role);
	}

	public boolean isTotal() {
		return role == RowRole.TOTAL;
	}

	public ColumnDef column(String columnId) {
		for (ColumnDef c : columns) {
			if (c.id().equals(columnId)) {
				return c;
			}
		}
		return null;
	}
}
