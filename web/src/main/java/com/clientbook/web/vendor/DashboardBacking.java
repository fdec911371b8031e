package com.clientbook.web.vendor;

import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.vendor.Funnel;
import com.clientbook.services.vendor.FunnelService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/dashboard.xhtml}: the vendor's customers counted per funnel status, as a table and as one bar chart
 * (PrimeFaces' {@code p:chart}, which takes Chart.js's configuration as JSON).
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    FunnelService funnelService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Funnel funnel;

    @PostConstruct
    void init() {
        funnel = funnelService.funnel(currentUser.actor());
    }

    /** The statuses in the funnel's order, each with its label and count. */
    public List<Step> getSteps() {
        return Arrays.stream(CustomerStatus.values())
                .map(status -> new Step(status.name(), messages.text("customer.status." + status.name()), funnel.count(status)))
                .toList();
    }

    public long getBanned() {
        return funnel.banned();
    }

    /** How many customers are on none of the vendor's routes; the list's route filter "none" shows them. */
    public long getOnNoRoute() {
        return funnel.onNoRoute();
    }

    /** How many customers have no delivery days at the vendor; the list's next-delivery filter "none" shows them. */
    public long getWithoutDeliveryDays() {
        return funnel.withoutDeliveryDays();
    }

    /** The bar chart's Chart.js configuration: one bar per status, in the funnel's order. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Step step : getSteps()) {
            labels.add(step.getLabel());
            counts.add(step.getCount());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("dashboard.customers"))
                                .add("data", counts)
                                .add("backgroundColor", "#42a5f5"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** One status of the funnel, for the table beside the chart. */
    public static final class Step {
        private final String status;
        private final String label;
        private final long count;

        Step(String status, String label, long count) {
            this.status = status;
            this.label = label;
            this.count = count;
        }

        public String getStatus() {
            return status;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }
    }
}
