package org.isnad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results to a consumer in input order, holding at most
 * four items per thread in flight (so memory stays bounded on a long batch). With one thread it runs in the caller's
 * thread. A mapping that throws gives its item and exception to {@code onError}, in order, and the batch goes on.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    private record Pending<I, O>(I item, Future<O> result) {
    }

    /** Maps every item with {@code map} and passes the results to {@code sink} in input order. */
    public static <I, O> void run(Iterator<I> items, int threads, Function<I, O> map, Consumer<O> sink,
                                  BiConsumer<I, RuntimeException> onError) {
        if (threads <= 1) {
            while (items.hasNext()) {
                I item = items.next();
                O result;
                try {
                    result = map.apply(item);
                } catch (RuntimeException e) {
                    onError.accept(item, e);
                    continue;
                }
                sink.accept(result);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "isnad-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending<I, O>> window = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                I item = items.next();
                window.add(new Pending<>(item, pool.submit(() -> map.apply(item))));
                if (window.size() >= threads * 4) {
                    drain(window.poll(), sink, onError);
                }
            }
            while (!window.isEmpty()) {
                drain(window.poll(), sink, onError);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, O> void drain(Pending<I, O> p, Consumer<O> sink, BiConsumer<I, RuntimeException> onError) {
        O result;
        try {
            result = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            onError.accept(p.item(), cause instanceof RuntimeException re ? re : new IllegalStateException(cause));
            return;
        }
        sink.accept(result);
    }
}
