package org.report.dsl.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The superclasses of the classes in one jar, and of the JDK's classes they extend, read from their
 * class files (never loaded): what a stack map frame needs to merge two types.
 */
final class ClassHierarchy {

	/** A class's direct superclass (null for java/lang/Object) and whether it is an interface. */
	private record Type(String superName, boolean isInterface) {
	}

	/** A type that is neither in the jar nor in the JDK (an optional dependency left out). */
	static final class UnknownTypeException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnknownTypeException(String internalName) {
			super("unknown type " + internalName.replace('/', '.'));
		}
	}

	private final Map<String, Type> types = new HashMap<>();

	/** Adds a class of the jar from its class file. */
	void add(byte[] classFile) {
		ClassReader reader = new ClassReader(classFile);
		types.put(reader.getClassName(), typeOf(reader));
	}

	/**
	 * The most specific common superclass of two reference types, as the verifier sees it: interfaces
	 * merge to java/lang/Object.
	 */
	String commonSuperClass(String first, String second) {
		if (isSuperclassOf(first, second)) {
			return first;
		}
		if (isSuperclassOf(second, first)) {
			return second;
		}
		if (type(first).isInterface() || type(second).isInterface()) {
			return "java/lang/Object";
		}
		String candidate = first;
		do {
			candidate = type(candidate).superName();
		} while (!isSuperclassOf(candidate, second));
		return candidate;
	}

	private boolean isSuperclassOf(String ancestor, String type) {
		for (String current = type; current != null; current = type(current).superName()) {
			if (current.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private Type type(String internalName) {
		Type type = types.get(internalName);
		if (type == null) {
			type = platformType(internalName);
			types.put(internalName, type);
		}
		return type;
	}

	private static Type platformType(String internalName) {
		if (!isPlatformClass(internalName)) {
			throw new UnknownTypeException(internalName);
		}
		try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
			if (in == null) {
				throw new UnknownTypeException(internalName);
			}
			return typeOf(new ClassReader(in));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Classes of the JDK: the only ones looked up outside the jar (never the tool's own classpath). */
	private static boolean isPlatformClass(String internalName) {
		return internalName.startsWith("java/") || internalName.startsWith("javax/")
				|| internalName.startsWith("jdk/") || internalName.startsWith("sun/")
				|| internalName.startsWith("com/sun/") || internalName.startsWith("org/w3c/")
				|| internalName.startsWith("org/xml/") || internalName.startsWith("org/ietf/");
	}

	private static Type typeOf(ClassReader reader) {
		return new Type(reader.getSuperName(), (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
	}
}
