package org.report.dsl.ide.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A request asked again when the server itself cancelled it. Xtext's request manager cancels every request
 * in flight whenever the document changes: a completion asked at 「x」 is cancelled by 「s」 typed before its
 * answer came, and the client, which did not cancel it, shows nothing. Asked again, it is answered on the
 * document as it then is (the client filters the answer by what was typed since). A cancellation of the
 * client's own ($/cancelRequest cancels the future returned here) is passed on and ends it.
 */
final class AskedAgain {

	private AskedAgain() {
	}

	/** The answer of {@code ask}, asked up to {@code attempts} times while the server cancels it. */
	static <T> CompletableFuture<T> whenCancelledByTheServer(Supplier<CompletableFuture<T>> ask, int attempts) {
		CompletableFuture<T> answer = new CompletableFuture<>();
		ask(ask, attempts, answer);
		return answer;
	}

	private static <T> void ask(Supplier<CompletableFuture<T>> ask, int attempts, CompletableFuture<T> answer) {
		CompletableFuture<T> attempt = ask.get();
		answer.whenComplete((value, failure) -> {
			if (answer.isCancelled()) {
				attempt.cancel(true);
			}
		});
		attempt.whenComplete((value, failure) -> {
			if (answer.isDone()) {
				return;
			}
			if (failure == null) {
				answer.complete(value);
			} else if (isCancellation(failure) && attempts > 1) {
				// On another thread: the cancellation happens inside the request manager's runWrite, which holds
				// the manager's lock until the change is queued; asking from here would queue the request before
				// the change and run it beside it. The other thread waits for the lock, so it comes after.
				CompletableFuture.runAsync(() -> askAgain(ask, attempts - 1, answer));
			} else {
				answer.completeExceptionally(failure);
			}
		});
	}

	private static <T> void askAgain(Supplier<CompletableFuture<T>> ask, int attempts, CompletableFuture<T> answer) {
		try {
			ask(ask, attempts, answer);
		} catch (RuntimeException e) {
			answer.completeExceptionally(e);
		}
	}

	private static boolean isCancellation(Throwable failure) {
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
		return cause instanceof CancellationException;
	}
}
