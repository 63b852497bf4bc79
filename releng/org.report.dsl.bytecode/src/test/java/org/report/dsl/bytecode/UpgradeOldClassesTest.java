package org.report.dsl.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A jar of Java 5 class files as old compilers wrote them (no stack maps, a jsr subroutine), rewritten and
 * then loaded and run by this JVM, which verifies Java 8 class files with their stack maps: a wrong frame
 * is a VerifyError here.
 */
class UpgradeOldClassesTest {

	@TempDir
	Path folder;

	@Test
	void rewritesOldClassesSoThatTheyVerifyAndRun() throws Exception {
		Path jar = jar(Map.of(
				"test/Base.class", base(),
				"test/Left.class", subclass("test/Left"),
				"test/Right.class", subclass("test/Right"),
				"test/Chooser.class", chooser(),
				"test/Finally.class", subroutine(),
				"test/Modern.class", modern(),
				"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes()));

		Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));

		UpgradeOldClasses.Result result = UpgradeOldClasses.upgrade(jar);

		assertEquals(new UpgradeOldClasses.Result(5, List.of()), result);
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(jar)));
		assertEquals(List.of("old.jar"), List.of(folder.toFile().list()), "no temporary file left");
		Map<String, byte[]> entries = entries(jar);
		assertEquals(List.of("META-INF/MANIFEST.MF", "test/Base.class", "test/Chooser.class",
				"test/Finally.class", "test/Left.class", "test/Modern.class", "test/Right.class"),
				List.copyOf(entries.keySet()));
		for (String name : List.of("test/Base.class", "test/Left.class", "test/Chooser.class", "test/Finally.class")) {
			assertEquals(Opcodes.V1_8, ClassFileUpgrade.version(entries.get(name)), name);
		}
		assertEquals(Opcodes.V11, ClassFileUpgrade.version(entries.get("test/Modern.class")));
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			// Left.id() is 1, Right.id() is 2: the merged frame must say test/Base for invokevirtual to verify.
			assertEquals(1, loader.loadClass("test.Chooser").getMethod("choose", boolean.class).invoke(null, true));
			assertEquals(2, loader.loadClass("test.Chooser").getMethod("choose", boolean.class).invoke(null, false));
			assertEquals(7, loader.loadClass("test.Finally").getMethod("seven").invoke(null));
		}
	}

	@Test
	void leavesAClassWhoseFramesNeedATypeTheJarDoesNotHold() throws Exception {
		Path jar = jar(Map.of("test/Optional.class", mergesMissingTypes()));

		UpgradeOldClasses.Result result = UpgradeOldClasses.upgrade(jar);

		assertEquals(new UpgradeOldClasses.Result(0,
				List.of("test/Optional.class (unknown type missing.Second)")), result);
		assertEquals(Opcodes.V1_5, ClassFileUpgrade.version(entries(jar).get("test/Optional.class")));
	}

	@Test
	void aJarThatIsNotAZipIsAnErrorAndStaysAsItWas() throws Exception {
		Path jar = folder.resolve("broken.jar");
		Files.writeString(jar, "not a jar");

		assertThrows(IOException.class, () -> UpgradeOldClasses.upgrade(jar));
		assertEquals("not a jar", Files.readString(jar));
	}

	// --- class files as a Java 5 compiler wrote them: version 49, no frames ---

	private static byte[] base() {
		ClassWriter writer = classFile(Opcodes.V1_5, "test/Base", "java/lang/Object");
		constructor(writer, "java/lang/Object");
		MethodVisitor id = writer.visitMethod(Opcodes.ACC_PUBLIC, "id", "()I", null, null);
		id.visitInsn(Opcodes.ICONST_0);
		id.visitInsn(Opcodes.IRETURN);
		id.visitMaxs(1, 1);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static byte[] subclass(String name) {
		ClassWriter writer = classFile(Opcodes.V1_5, name, "test/Base");
		constructor(writer, "test/Base");
		MethodVisitor id = writer.visitMethod(Opcodes.ACC_PUBLIC, "id", "()I", null, null);
		id.visitInsn(name.endsWith("Left") ? Opcodes.ICONST_1 : Opcodes.ICONST_2);
		id.visitInsn(Opcodes.IRETURN);
		id.visitMaxs(1, 1);
		writer.visitEnd();
		return writer.toByteArray();
	}

	/** {@code static int choose(boolean left) { return (left ? new Left() : new Right()).id(); }} */
	private static byte[] chooser() {
		ClassWriter writer = classFile(Opcodes.V1_5, "test/Chooser", "java/lang/Object");
		MethodVisitor choose = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "choose", "(Z)I", null, null);
		Label right = new Label();
		Label merge = new Label();
		choose.visitVarInsn(Opcodes.ILOAD, 0);
		choose.visitJumpInsn(Opcodes.IFEQ, right);
		newInstance(choose, "test/Left");
		choose.visitJumpInsn(Opcodes.GOTO, merge);
		choose.visitLabel(right);
		newInstance(choose, "test/Right");
		choose.visitLabel(merge);
		choose.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "test/Base", "id", "()I", false);
		choose.visitInsn(Opcodes.IRETURN);
		choose.visitMaxs(2, 1);
		writer.visitEnd();
		return writer.toByteArray();
	}

	/** {@code static int seven()} through a jsr subroutine, as javac 1.4 compiled finally blocks. */
	private static byte[] subroutine() {
		ClassWriter writer = classFile(Opcodes.V1_5, "test/Finally", "java/lang/Object");
		MethodVisitor seven = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "seven", "()I", null, null);
		Label subroutine = new Label();
		seven.visitJumpInsn(Opcodes.JSR, subroutine);
		seven.visitIntInsn(Opcodes.BIPUSH, 7);
		seven.visitInsn(Opcodes.IRETURN);
		seven.visitLabel(subroutine);
		seven.visitVarInsn(Opcodes.ASTORE, 0);
		seven.visitVarInsn(Opcodes.RET, 0);
		seven.visitMaxs(1, 1);
		writer.visitEnd();
		return writer.toByteArray();
	}

	/** Merges two types of a library left out of the jar. */
	private static byte[] mergesMissingTypes() {
		ClassWriter writer = classFile(Opcodes.V1_5, "test/Optional", "java/lang/Object");
		MethodVisitor pick = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick",
				"(ZLmissing/First;Lmissing/Second;)Ljava/lang/Object;", null, null);
		Label second = new Label();
		Label merge = new Label();
		pick.visitVarInsn(Opcodes.ILOAD, 0);
		pick.visitJumpInsn(Opcodes.IFEQ, second);
		pick.visitVarInsn(Opcodes.ALOAD, 1);
		pick.visitJumpInsn(Opcodes.GOTO, merge);
		pick.visitLabel(second);
		pick.visitVarInsn(Opcodes.ALOAD, 2);
		pick.visitLabel(merge);
		pick.visitInsn(Opcodes.ARETURN);
		pick.visitMaxs(1, 3);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static byte[] modern() {
		ClassWriter writer = classFile(Opcodes.V11, "test/Modern", "java/lang/Object");
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static ClassWriter classFile(int version, String name, String superName) {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, superName, null);
		return writer;
	}

	private static void constructor(ClassWriter writer, String superName) {
		MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
		init.visitVarInsn(Opcodes.ALOAD, 0);
		init.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
		init.visitInsn(Opcodes.RETURN);
		init.visitMaxs(1, 1);
	}

	private static void newInstance(MethodVisitor method, String type) {
		method.visitTypeInsn(Opcodes.NEW, type);
		method.visitInsn(Opcodes.DUP);
		method.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
	}

	// --- jars ---

	private Path jar(Map<String, byte[]> entries) throws IOException {
		Path jar = folder.resolve("old.jar");
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
			for (String name : entries.keySet().stream().sorted().toList()) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(entries.get(name));
				zip.closeEntry();
			}
		}
		return jar;
	}

	private static Map<String, byte[]> entries(Path jar) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			zip.stream().forEach(entry -> {
				try {
					entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		}
		return entries;
	}
}
