package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.services.shared.TextBundle;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reconciliation's findings in words, English or German: the kind, the fields that differ, and why a proposal was
 * made ("e-mail equal", "name 0.86 similar, same postal code"). The page, the download and the API (English) share them.
 */
public final class ReconciliationTexts {

    private final TextBundle bundle;

    private ReconciliationTexts(Locale locale) {
        this.bundle = TextBundle.of("com.clientbook.services.reconciliation.reconciliationTexts", locale);
    }

    public static ReconciliationTexts in(Locale locale) {
        return new ReconciliationTexts(locale == null ? Locale.ENGLISH : locale);
    }

    public static ReconciliationTexts english() {
        return in(Locale.ENGLISH);
    }

    public String kind(Finding finding) {
        return bundle.text("kind." + finding.kind().name());
    }

    /** The fields a match differs in, e.g. "name, e-mail"; empty when none. */
    public String differences(Finding finding) {
        return String.join(", ", finding.differences().stream().map(d -> bundle.text("difference." + d)).toList());
    }

    /** Why a proposal was made; empty for other findings. */
    public String reason(Finding finding) {
        if (finding.score() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(finding.emailEqual())) {
            parts.add(bundle.text("reason.email"));
        }
        if (finding.nameSimilarity() != null && finding.nameSimilarity() > 0) {
            NumberFormat format = NumberFormat.getNumberInstance(bundle.locale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            parts.add(bundle.text(finding.nameSimilarity() >= 1 ? "reason.nameEqual" : "reason.name",
                    format.format(finding.nameSimilarity())));
        }
        if (Boolean.TRUE.equals(finding.samePostalCode())) {
            parts.add(bundle.text("reason.postalCode"));
        }
        return String.join(", ", parts);
    }

    List<String> csvHeader() {
        return List.of(bundle.text("csv.kind"), bundle.text("csv.row"), bundle.text("csv.erpNumber"), bundle.text("csv.erpName"),
                bundle.text("csv.erpEmail"), bundle.text("csv.erpPostalCode"), bundle.text("csv.erpCity"),
                bundle.text("csv.customerId"), bundle.text("csv.clientbookNumber"), bundle.text("csv.companyName"),
                bundle.text("csv.companyEmail"), bundle.text("csv.companyPostalCode"), bundle.text("csv.companyCity"),
                bundle.text("csv.differences"), bundle.text("csv.score"), bundle.text("csv.reason"), bundle.text("csv.accepted"));
    }

    List<String> csvLine(Finding f) {
        List<String> line = new ArrayList<>();
        line.add(kind(f));
        line.add(f.rowNumber() == null ? "" : String.valueOf(f.rowNumber()));
        line.add(f.rowNumber() == null ? "" : f.customerNumber());
        line.add(f.erpName());
        line.add(f.erpEmail());
        line.add(f.erpPostalCode());
        line.add(f.erpCity());
        line.add(f.customerId() == null ? "" : String.valueOf(f.customerId()));
        line.add(f.clientbookNumber());
        line.add(f.companyName());
        line.add(f.companyEmail());
        line.add(f.companyPostalCode());
        line.add(f.companyCity());
        line.add(differences(f));
        line.add(f.score() == null ? "" : String.format(Locale.ROOT, "%.2f", f.score()));
        line.add(reason(f));
        line.add(f.accepted() ? bundle.text("csv.yes") : "");
        return line;
    }
}
