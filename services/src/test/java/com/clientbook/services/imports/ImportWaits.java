package com.clientbook.services.imports;

import com.clientbook.services.shared.Actor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Waiting for an import in a test, and its report by row: for the import ITs of both kinds (in their deployment). */
public final class ImportWaits {

    private ImportWaits() {
    }

    /** The import once it has finished, asked for every 200 ms; fails the test after two minutes. */
    static ImportView finished(ImportService imports, Actor vendor, ImportView started) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        ImportView view = started;
        while (!view.finished()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import " + started.id() + " did not finish: " + view);
            }
            Thread.sleep(200);
            view = imports.get(vendor, started.id());
        }
        return view;
    }

    /** The report's lines by row number, in English. */
    static Map<Integer, String> report(ImportService imports, Actor vendor, long importId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeReport(vendor, importId, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        Map<Integer, String> byRow = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            byRow.put(i + 1, lines[i]);
        }
        return byRow;
    }
}
