package org.report.dsl.publish;

import org.eclipse.emf.ecore.EObject;

/** What a section holds, in document order. */
public sealed interface Element permits Element.SubHeading, Element.Text, Element.TableElement {

	/** The source element findings attach to. */
	EObject source();

	/** A part heading such as （一）主动公开情况, as written. */
	record SubHeading(String text, EObject source) implements Element {
	}

	/** Narrative with references replaced by their values; paragraphs separated by line breaks. */
	record Text(String text, EObject source) implements Element {
	}

	record TableElement(PublishedTable table) implements Element {
		@Override
		public EObject source() {
			return table.source();
		}
	}
}
