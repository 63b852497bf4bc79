package org.report.dsl.standalone;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be read or written, in Chinese, without Java class names. */
public final class IoMessages {

	private IoMessages() {
	}

	/** Why reading failed. */
	public static String reading(Exception e) {
		return describe(e, "没有读取权限");
	}

	/** Why writing failed. */
	public static String writing(Exception e) {
		return describe(e, "没有写入权限");
	}

	/** Whether the failure is a loop of symbolic links (ELOOP). */
	public static boolean isLinkLoop(Exception e) {
		return e instanceof FileSystemException f && f.getReason() != null
				&& f.getReason().toLowerCase().contains("too many levels of symbolic links");
	}

	private static String describe(Exception e, String denied) {
		if (e instanceof AccessDeniedException || e instanceof SecurityException) {
			return denied;
		}
		if (e instanceof NoSuchFileException) {
			return "文件或目录不存在";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "已有同名的目录";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "已有同名的文件，不能建目录";
		}
		if (e instanceof NotDirectoryException || e instanceof FileSystemException f && "Not a directory".equals(f.getReason())) {
			return "路径中有一段不是目录";
		}
		if (isLinkLoop(e)) {
			return "符号链接循环（链接最终指回自身）";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason().toLowerCase().contains("is a directory") ? "这是目录，不是文件" : "系统错误（" + f.getReason() + "）";
		}
		if (e.getCause() instanceof Exception cause && cause != e) {
			return describe(cause, denied);
		}
		return e.getMessage() == null ? "读写失败" : e.getMessage();
	}
}
