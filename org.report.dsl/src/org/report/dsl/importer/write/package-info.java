/**
 * Import stage 4, writing: the imported report in the language, with a comment header listing the
 * findings, narrative quoted exactly, tables as a person would write them, and 「?」 wherever a value
 * could not be recovered.
 */
package org.report.dsl.importer.write;
