package com.clientbook.web.api.route;

import com.clientbook.domain.company.Address;
import com.clientbook.services.route.DaySheet;
import com.clientbook.web.api.location.DeliveryLocationJson;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A route's day sheet: whether it delivers on the date, and its stops in order with what the driver needs. */
@JsonbPropertyOrder({"routeId", "routeName", "routeCode", "driverNote", "date", "delivers", "delivery", "otherDate",
        "closureReason", "orderDeadline", "vendorTimeZone", "stops"})
@Schema(name = "DaySheet", description = "A route's stops for one date, in the driver's order")
public record DaySheetJson(
        @Schema(required = true, format = "int64") long routeId,
        @Schema(required = true) String routeName,
        @Schema(required = true) String routeCode,
        @Schema(nullable = true) String driverNote,
        @Schema(required = true, format = "date", example = "2027-01-07") String date,
        @Schema(required = true, description = "Whether the route delivers on the date") boolean delivers,
        @Schema(required = true, enumeration = {"DELIVERY_DAY", "MOVED_HERE", "CLOSED", "NOT_A_DELIVERY_DAY", "INACTIVE"},
                description = "DELIVERY_DAY; MOVED_HERE (a closure moved a delivery onto the date); CLOSED (a delivery "
                        + "weekday on which the vendor is closed); NOT_A_DELIVERY_DAY; INACTIVE (the route delivers on no day)")
        String delivery,
        @Schema(nullable = true, format = "date", description = "MOVED_HERE: the day it was planned for; CLOSED: the day "
                + "the delivery moved to (null: skipped)") String otherDate,
        @Schema(nullable = true, description = "The reason of the closure that moved or cancelled the delivery") String closureReason,
        @Schema(nullable = true, format = "date-time", description = "Until when orders count for this delivery") String orderDeadline,
        @Schema(required = true, example = "Europe/Vienna") String vendorTimeZone,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Stop.class) List<Stop> stops) {

    static DaySheetJson of(DaySheet sheet) {
        return new DaySheetJson(sheet.routeId(), sheet.routeName(), sheet.routeCode(), sheet.driverNote(), sheet.date().toString(),
                sheet.delivers(), sheet.delivery().name(), sheet.otherDate() == null ? null : sheet.otherDate().toString(),
                sheet.closureReason(), sheet.orderDeadline() == null ? null : sheet.orderDeadline().toString(),
                sheet.vendorZone().getId(), sheet.stops().stream().map(Stop::of).toList());
    }

    /** One stop of a day sheet. */
    @JsonbPropertyOrder({"position", "deliveryLocationId", "locationName", "customerId", "customerName", "customerNumber",
            "street", "postalCode", "city", "country", "receivingHours", "deliveryInstructions", "phone"})
    @Schema(name = "DaySheetStop", description = "A stop of a day sheet")
    public record Stop(
            @Schema(required = true, description = "0 for the first stop") int position,
            @Schema(required = true, format = "int64") long deliveryLocationId,
            @Schema(required = true) String locationName,
            @Schema(nullable = true, format = "int64", description = "null where the company is no longer the vendor's customer")
            Long customerId,
            @Schema(required = true) String customerName,
            @Schema(nullable = true) String customerNumber,
            @Schema(nullable = true) String street,
            @Schema(nullable = true) String postalCode,
            @Schema(nullable = true) String city,
            @Schema(nullable = true) String country,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = DeliveryLocationJson.Window.class,
                    description = "All the location's receiving hours, in week order") List<DeliveryLocationJson.Window> receivingHours,
            @Schema(nullable = true) String deliveryInstructions,
            @Schema(nullable = true, description = "The location's contact phone, else the company's") String phone) {

        static Stop of(DaySheet.Stop stop) {
            Address address = stop.address() == null ? Address.empty() : stop.address();
            return new Stop(stop.position(), stop.deliveryLocationId(), stop.locationName(), stop.customerId(),
                    stop.customerName(), stop.customerNumber(), address.street(), address.postalCode(), address.city(),
                    address.country(), stop.receivingHours().stream()
                    .map(w -> new DeliveryLocationJson.Window(w.day().name(), w.opens().toString(), w.closes().toString())).toList(),
                    stop.deliveryInstructions(), stop.phone());
        }
    }
}
