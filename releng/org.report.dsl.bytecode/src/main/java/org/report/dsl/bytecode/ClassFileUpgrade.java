package org.report.dsl.bytecode;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;

/**
 * Rewrites a class file older than Java 6 (version 49 or less) as a Java 8 class file (version 52):
 * subroutines (jsr/ret) inlined, stack map frames computed. The code is otherwise unchanged. The JVM
 * verifies such a class with the type-checking verifier, and its class cache can then hold it.
 */
final class ClassFileUpgrade {

	/** The first class file version whose classes the JVM's class cache holds (Java 6). */
	static final int FIRST_CACHED_VERSION = Opcodes.V1_6;

	private final ClassHierarchy hierarchy;

	ClassFileUpgrade(ClassHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	/** The class file version (major) of a class file. */
	static int version(byte[] classFile) {
		return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
	}

	static boolean needsUpgrade(byte[] classFile) {
		return version(classFile) < FIRST_CACHED_VERSION;
	}

	/**
	 * The class as a Java 8 class file.
	 *
	 * @throws ClassHierarchy.UnknownTypeException when a frame would merge a type the jar does not hold
	 */
	byte[] upgrade(byte[] classFile) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected String getCommonSuperClass(String first, String second) {
				return hierarchy.commonSuperClass(first, second);
			}
		};
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
					String[] exceptions) {
				MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
				return new JSRInlinerAdapter(next, access, name, descriptor, signature, exceptions);
			}
		}, ClassReader.SKIP_FRAMES);
		return writer.toByteArray();
	}
}
