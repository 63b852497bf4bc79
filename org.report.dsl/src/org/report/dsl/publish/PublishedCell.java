package org.report.dsl.publish;

import org.eclipse.emf.ecore.EObject;
import org.report.dsl.format.CellRef;

/**
 * One cell as published.
 *
 * @param cell     which cell
 * @param text     the value as printed: written digits exactly, computed totals, 0, or 「/」
 * @param computed whether the report omitted it and the value was computed
 * @param source   the element that wrote it, or null when not written
 */
public record PublishedCell(CellRef cell, String text, boolean computed, EObject source) {
}
