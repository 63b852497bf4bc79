package org.report.dsl.tests.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;
import org.report.dsl.standalone.IoMessages;

/** Why a file could not be read or written: Chinese, no Java class name, no internal temporary file. */
class IoMessagesTest {

	@Test
	void permissionIsNamedWithoutTheExceptionOrThePath() {
		assertEquals("没有读取权限", IoMessages.reading(new AccessDeniedException("/tmp/a.report")));
		assertEquals("没有写入权限", IoMessages.writing(new AccessDeniedException("/out/.a.txt12345.tmp")));
	}

	@Test
	void linkLoopIsNotAMissingFile() {
		FileSystemException loop = new FileSystemException("/tmp/a.report", null, "Too many levels of symbolic links");
		assertEquals("符号链接循环（链接最终指回自身）", IoMessages.reading(loop));
		assertEquals("文件或目录不存在", IoMessages.reading(new NoSuchFileException("/tmp/a.report")));
	}

	@Test
	void otherFailuresKeepTheirReason() {
		assertEquals("这是目录，不是文件", IoMessages.reading(new FileSystemException("/tmp/d", null, "Is a directory")));
		assertEquals("系统错误（No space left on device）",
				IoMessages.writing(new FileSystemException("/out/.x.tmp", null, "No space left on device")));
		assertEquals("磁盘已拔出", IoMessages.reading(new IOException("磁盘已拔出")));
	}
}
