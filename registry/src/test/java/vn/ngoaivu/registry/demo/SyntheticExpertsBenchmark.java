package vn.ngoaivu.registry.demo;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

import vn.ngoaivu.ontology.Ontology;

/**
 * Measures how fast {@link SyntheticExperts} generates profiles, and that memory stays flat. Not a test: run it
 * by hand after {@code ./mvnw -pl registry install}:
 *
 * <pre>
 * ./mvnw -B -o -q -pl registry dependency:build-classpath -Dmdep.outputFile=/tmp/registry-cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp registry/target/classes:registry/target/test-classes:$(cat /tmp/registry-cp.txt) \
 *     vn.ngoaivu.registry.demo.SyntheticExpertsBenchmark 1000000 3
 * </pre>
 *
 * Arguments: profiles per run (default 1,000,000) and measured runs (default 3, after one warm-up run).
 */
public final class SyntheticExpertsBenchmark {

    private SyntheticExpertsBenchmark() {
    }

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        long started = System.nanoTime();
        Ontology ontology = Ontology.load("http://localhost:8080/");
        long loaded = System.nanoTime();
        SyntheticExperts generator = SyntheticExperts.thanhHoa(ontology, 42);
        System.out.printf("ontology loaded in %.2f s, generator built in %.3f s; %d CPUs, max heap %d MiB%n",
                (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (int run = 0; run <= runs; run++) {
            LongAdder characters = new LongAdder();
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long wall = System.nanoTime();
            // Touch every profile so nothing is optimised away, and nothing is kept.
            generator.stream(count).forEach(p -> characters.add(p.fullName().length()));
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double bytes = (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) count;
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("%s %,d profiles: %.2f s wall (%,.0f/s), %.2f s CPU (%,.0f/s), %,.0f bytes allocated"
                            + " per profile, heap after GC %d MiB%n", run == 0 ? "warm-up " : "run " + run + "   ",
                    count, seconds, count / seconds, cpuSeconds, count / cpuSeconds, bytes, heap >> 20);
        }
        long wall = System.nanoTime();
        long built = generator.stream(count).parallel().filter(p -> p.notes().isPresent()).count();
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("parallel %,d profiles: %.2f s wall (%,.0f/s)%n", built, seconds, built / seconds);
    }
}
