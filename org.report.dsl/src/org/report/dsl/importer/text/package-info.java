/**
 * Import stage 1, the text: bytes decoded strictly, line breaks and page furniture, the front matter
 * (title, organ, year, preamble), the six section headings, the narrative verbatim, where the text
 * stops early, and the numbers the narrative states about table 二.
 */
package org.report.dsl.importer.text;
