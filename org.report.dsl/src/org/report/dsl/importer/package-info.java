/**
 * {@code reportdsl import}: a published 政府信息公开工作年度报告 into a report in the language. The
 * entry point ({@link org.report.dsl.importer.ReportImporter}, its result and findings) runs the stages
 * in order: {@code text} (decoding, page furniture, front matter, sections, truncation), {@code table}
 * (tokens, layout, label dictionary, one table into values), {@code solve} (splitting digits run
 * together so that the 勾稽关系 hold) and {@code write} (the report in the language).
 */
package org.report.dsl.importer;
