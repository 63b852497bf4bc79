package org.report.dsl.publish.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A page fragment with named slots {@code {{name}}}, parsed once. Rendering copies the text between
 * slots as it is and lets each slot's writer append its part (escaped by {@link Html}, which stays the
 * one place that escapes). Immutable and thread-safe.
 */
final class Template {

	private final List<String> texts;
	private final List<String> slots;

	private Template(List<String> texts, List<String> slots) {
		this.texts = texts;
		this.slots = slots;
	}

	/** Parses {@code text}: every {@code {{name}}} is a slot. */
	static Template of(String text) {
		List<String> texts = new ArrayList<>();
		List<String> slots = new ArrayList<>();
		int at = 0;
		for (int open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", at)) {
			int close = text.indexOf("}}", open);
			if (close < 0) {
				throw new IllegalArgumentException("unclosed slot at " + open);
			}
			texts.add(text.substring(at, open));
			slots.add(text.substring(open + 2, close).intern()); // found by identity in Map.of
			at = close + 2;
		}
		texts.add(text.substring(at));
		return new Template(List.copyOf(texts), List.copyOf(slots));
	}

	/** The names of the slots, in order. */
	List<String> slots() {
		return slots;
	}

	/** Appends the template to {@code b}, each slot written by its writer (every slot must have one). */
	StringBuilder render(StringBuilder b, Map<String, Consumer<StringBuilder>> writers) {
		for (int i = 0; i < slots.size(); i++) {
			b.append(texts.get(i));
			Consumer<StringBuilder> writer = writers.get(slots.get(i));
			if (writer == null) {
				throw new IllegalArgumentException("no writer for slot " + slots.get(i));
			}
			writer.accept(b);
		}
		return b.append(texts.get(texts.size() - 1));
	}

	/** A slot writer for text from a report: escaped. */
	static Consumer<StringBuilder> text(String s) {
		return b -> Html.text(b, s);
	}

	/** A slot writer for markup or a number the page makes itself: as it is. */
	static Consumer<StringBuilder> raw(Object value) {
		return b -> b.append(value);
	}
}
