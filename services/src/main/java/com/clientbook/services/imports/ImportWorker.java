package com.clientbook.services.imports;

import com.clientbook.services.operations.ServerMetrics;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works an import off in the background, batch after batch, each batch a transaction of its own ({@link ImportSteps}).
 * It first takes the import over for a while and renews that with every batch; a server that dies lets the hold lapse,
 * and {@link ImportSweeper} hands the import to a worker again, which goes on with the rows not done yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @Inject
    ImportSteps steps;

    @Inject
    ServerMetrics metrics;

    @Asynchronous
    public void start(long importId) {
        run(importId);
    }

    /** Runs the import to its end in the caller's thread, unless another worker holds it. */
    public void run(long importId) {
        String token = UUID.randomUUID().toString();
        if (!steps.claim(importId, token)) {
            return;
        }
        boolean retried = false;
        while (true) {
            int done;
            try {
                done = steps.nextBatch(importId, token);
                retried = false;
            } catch (RuntimeException e) {
                // a concurrent change (a colleague adding the same customer, say) can refuse a batch once: plan it again
                if (!retried) {
                    retried = true;
                    LOG.log(Level.INFO, "Import " + importId + ": a batch failed, trying it once more", e);
                    continue;
                }
                // the cause is for the operator's log: its text may name tables, values or the server's inner workings
                LOG.log(Level.WARNING, "Import " + importId + " failed", e);
                steps.fail(importId, ImportView.BATCH_FAILED);
                return;
            }
            if (done < 0) {
                return;
            }
            metrics.importedRows(done);
            if (done == 0 && !steps.endOfPass(importId)) {
                return;
            }
        }
    }
}
