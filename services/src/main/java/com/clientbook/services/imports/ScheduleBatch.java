package com.clientbook.services.imports;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.delivery.LocationSchedule;
import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.route.Route;
import com.clientbook.domain.user.Role;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;
import com.clientbook.persistence.imports.ImportJob;
import com.clientbook.persistence.imports.ImportRowRepository;
import com.clientbook.persistence.imports.RowInContext;
import com.clientbook.persistence.imports.RowResult;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.shared.Actor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One batch of a schedule import (issue 14), in {@link ImportSteps}' transaction: reads what the batch's rows name —
 * the vendor's customers by number, their current locations, those locations' schedules and routes, the vendor's
 * routes — in a few statements, plans each row ({@link SchedulePlanner}) and, when applying, does it through the
 * services a vendor uses by hand ({@link DeliveryPlans#setSchedule}, {@link RouteService#addStop}): the same rules,
 * the same history (on the relationship, on the route), with the import named as who did it. Every lookup is within
 * the import's vendor, so a file never reaches another vendor's customers or routes.
 */
@Dependent
public class ScheduleBatch {

    @Inject
    ImportRowRepository rows;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    DeliveryPlanRepository plans;

    @Inject
    CompanyRepository companies;

    @Inject
    DeliveryPlans deliveryPlans;

    @Inject
    RouteService routes;

    /** Plans (and, when applying, does) the batch's rows; what was planned or done per row. */
    public List<RowResult> run(ImportJob job, List<RowInContext> batch, Instant now) {
        ScheduleColumns columns = ScheduleColumns.of(job.headers());
        Map<String, SchedulePlanner.Customer> customers = new HashMap<>();
        for (RowInContext in : batch) {
            if (in.numberRelationshipId() != null) {
                customers.put(SchedulePlanner.numberKey(in.row().customerNumber()),
                        new SchedulePlanner.Customer(in.numberRelationshipId(), in.numberCompanyId(), in.numberCompanyName()));
            }
        }
        List<ScheduleRow> parsed = batch.stream().map(in -> ScheduleRow.of(in.row().rowNumber(), in.row().original(), columns)).toList();
        List<String> numbers = parsed.stream().map(ScheduleRow::customerNumber).filter(Objects::nonNull)
                .map(SchedulePlanner::numberKey).distinct().toList();
        List<ScheduleRow> related = rows.originalsWithCustomerNumbers(job.id(), numbers).entrySet().stream()
                .map(row -> ScheduleRow.of(row.getKey(), row.getValue(), columns)).toList();

        Set<Long> companyIds = customers.values().stream().map(SchedulePlanner.Customer::companyId).collect(Collectors.toSet());
        Map<Long, List<SchedulePlanner.Place>> places = new HashMap<>();
        for (DeliveryLocation location : locations.findCurrentOf(companyIds)) {
            places.computeIfAbsent(location.company().id(), id -> new java.util.ArrayList<>())
                    .add(new SchedulePlanner.Place(location.id(), location.name(), location.externalId()));
        }
        List<Long> locationIds = places.values().stream().flatMap(List::stream).map(SchedulePlanner.Place::id).toList();
        Map<Long, SchedulePlanner.Stored> stored = new HashMap<>();
        for (Map.Entry<Long, LocationSchedule> schedule : plans.schedules(job.vendorId(), locationIds).entrySet()) {
            stored.put(schedule.getKey(), new SchedulePlanner.Stored(schedule.getValue().schedule(), schedule.getValue().isOwn()));
        }
        Map<Long, Set<Long>> stops = new HashMap<>();
        plans.routesOf(job.vendorId(), locationIds).forEach((location, on) ->
                stops.put(location, on.stream().map(Route::id).collect(Collectors.toCollection(HashSet::new))));
        Map<String, SchedulePlanner.RouteCode> routeCodes = new HashMap<>();
        for (Route route : plans.currentRoutes(job.vendorId())) {
            routeCodes.put(SchedulePlanner.numberKey(route.code()), new SchedulePlanner.RouteCode(route.id(), route.code()));
        }
        Company vendor = companies.get(job.vendorId());
        SchedulePlanner planner = new SchedulePlanner(customers, places, stored, stops, routeCodes,
                LocalDate.ofInstant(now, vendor.zone()));
        List<SchedulePlanner.Plan> planned = planner.plan(parsed, related);

        if (job.phase() == ImportPhase.APPLY) {
            // the import acts with a vendor's rights, named in the history as the import: who started it, its number, its file
            Actor actor = new Actor(job.userId(), job.vendorId(), Role.VENDOR_STAFF, ImportSteps.historyActor(job));
            for (SchedulePlanner.Plan plan : planned) {
                if (plan.schedule() != null) {
                    deliveryPlans.setSchedule(actor, plan.relationshipId(), plan.locationId(), plan.schedule(), null);
                }
                if (plan.routeId() != null) {
                    routes.addStop(actor, plan.routeId(), plan.relationshipId(), plan.locationId(), null, null);
                }
            }
        }
        return planned.stream().map(p -> new RowResult(p.row().rowNumber(), p.action(), p.errorColumn(), p.message(),
                p.companyId(), p.relationshipId())).toList();
    }
}
