// Times SPARQL queries with Apache Jena ARQ in one JVM, for the ClaimGraph benchmark: the data is
// loaded once (in memory, or a TDB2 database opened), then every query runs cold once and warm
// several times; results are consumed fully (rows counted, not written), as on the ClaimGraph side.
// Output, tab-separated on stdout:
//   load  <ms>  <quads>
//   query <file>  <cold ms>  <median warm ms>  <rows>      (or: error <file> <message>)
// Usage: java -cp JENA_CP:DIR JenaQueryBench (--mem FILE... | --tdb2 DIR) [--warmup W] [--runs N] [--timeout S] QUERY...
import java.util.*;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

public class JenaQueryBench {
    public static void main(String[] args) throws Exception {
        List<String> mem = new ArrayList<>(), queries = new ArrayList<>();
        String tdb2 = null; int warmup = 2, runs = 5; long timeoutSec = 600;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mem": mem.add(args[++i]); break;
                case "--tdb2": tdb2 = args[++i]; break;
                case "--warmup": warmup = Integer.parseInt(args[++i]); break;
                case "--runs": runs = Integer.parseInt(args[++i]); break;
                case "--timeout": timeoutSec = Long.parseLong(args[++i]); break;
                default: queries.add(args[i]);
            }
        }
        long t0 = System.nanoTime();
        Dataset ds;
        if (tdb2 != null) {
            ds = TDB2Factory.connectDataset(tdb2);
        } else {
            // TDB2 on an in-memory location: ARQ then runs GRAPH patterns in quad mode over its
            // indexes. (The plain in-memory dataset iterates over every named graph for GRAPH ?g,
            // which took minutes at 100k quads with one graph per article.)
            ds = TDB2Factory.createDataset();
            final Dataset target = ds;
            Txn.executeWrite(target, () -> { for (String f : mem) RDFDataMgr.read(target, f); });
        }
        final Dataset data = ds;
        long quads = Txn.calculateRead(data, () -> {
            long n = data.asDatasetGraph().getDefaultGraph().size();
            Iterator<org.apache.jena.sparql.core.Quad> it = data.asDatasetGraph().find(null, null, null, null);
            long q = 0; while (it.hasNext()) { it.next(); q++; }
            return Math.max(n, q);
        });
        System.out.printf("load\t%.1f\t%d%n", (System.nanoTime() - t0) / 1e6, quads);
        System.out.flush();

        for (String file : queries) {
            try {
                Query query = QueryFactory.read(file);
                double cold = time(data, query, timeoutSec);
                long rows = lastRows;
                // A slow query is timed once: repeating it would only spend the time budget.
                int w = cold > SLOW_MS ? 0 : warmup, r = cold > SLOW_MS ? 0 : runs;
                double[] warm = new double[r];
                for (int i = 0; i < w; i++) time(data, query, timeoutSec);
                for (int i = 0; i < r; i++) warm[i] = time(data, query, timeoutSec);
                Arrays.sort(warm);
                double median = r == 0 ? cold : (r % 2 == 1 ? warm[r / 2] : (warm[r / 2 - 1] + warm[r / 2]) / 2);
                System.out.printf("query\t%s\t%.2f\t%.2f\t%d%n", file, cold, median, rows);
            } catch (Throwable e) {
                String what = e instanceof org.apache.jena.query.QueryCancelledException ? "timeout (> " + timeoutSec + " s)"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
                System.out.printf("error\t%s\t%s%n", file, what.replace('\n', ' ').replace('\t', ' '));
            }
            System.out.flush();
        }
    }

    static final double SLOW_MS = 5000;
    static long lastRows;

    static double time(Dataset data, Query query, long timeoutSec) {
        long t = System.nanoTime();
        lastRows = Txn.calculateRead(data, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(data)
                    .timeout(timeoutSec * 1000).build()) {
                long n = 0;
                if (query.isSelectType()) { ResultSet rs = qe.execSelect(); while (rs.hasNext()) { rs.next(); n++; } }
                else if (query.isAskType()) { n = qe.execAsk() ? 1 : 0; }
                else if (query.isConstructType()) { Iterator<?> it = qe.execConstructTriples(); while (it.hasNext()) { it.next(); n++; } }
                else { Model m = qe.execDescribe(); n = m.size(); }
                return n;
            }
        });
        return (System.nanoTime() - t) / 1e6;
    }
}
