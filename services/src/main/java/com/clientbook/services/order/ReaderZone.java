package com.clientbook.services.order;

import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock the order form shows deadlines on: the reader's own time zone, else their company's, else the vendor's
 * (DESIGN: "each person sees times in their own zone too"; the vendor's zone decides the deadline itself).
 */
@Stateless
public class ReaderZone {

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    /** The zone for the acting person reading deadlines of the given vendor. */
    public ZoneId of(Actor actor, long vendorId) {
        Optional<ZoneId> own = actor.userId() == null ? Optional.empty()
                : users.find(actor.userId()).map(user -> user.timeZone()).filter(Objects::nonNull).flatMap(ReaderZone::parse);
        return own.or(() -> companies.find(actor.companyId()).flatMap(company -> company.ownZone()))
                .orElseGet(() -> companies.get(vendorId).zone());
    }

    private static Optional<ZoneId> parse(String zone) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
