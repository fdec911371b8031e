package com.clientbook.services.profile;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The customer company's profile, with the e-mail address and phone where its vendors reach it. There is no company id to pass: the service only ever reads and changes the
 * actor's own company, so no other company's profile can be reached. Customer admins change it, buyers read it.
 * Every changed value goes into the company's history with what it was before.
 */
@Stateless
public class CompanyProfileService {

    private static final String SEE = "see the company profile";
    private static final String CHANGE = "change the company profile";
    private static final String COMPANY = "Company";

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public ProfileView profile(Actor actor) {
        return ProfileView.of(companies.get(actor.customerCompanyId(SEE)));
    }

    /**
     * Replaces the profile. {@code expectedVersion} is the version the admin read; when someone saved in between,
     * nothing changes and {@link ConcurrentChangeException} says so.
     */
    public ProfileView change(Actor actor, ProfileInput input, Long expectedVersion) {
        long companyId = actor.customerAdminOf(CHANGE);
        validation.check(input);
        Company company = companies.get(companyId);
        if (expectedVersion != null && expectedVersion != company.version()) {
            throw new ConcurrentChangeException(COMPANY, companyId);
        }
        Map<String, String> before = values(ProfileView.of(company));
        Instant now = clock.instant();
        company.describe(input.name(), input.legalName(), input.vatId(), input.industry(), input.language(),
                input.address(), now);
        company.changeContact(input.email(), input.phone(), now);
        try {
            companies.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(COMPANY, companyId);
        }
        Map<String, String> after = values(ProfileView.of(company));
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                audit.record(AuditEvent.changeOnCompany(companyId, actor.label(), field, old, after.get(field), now));
            }
        });
        return ProfileView.of(company);
    }

    private static Map<String, String> values(ProfileView profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", profile.name());
        values.put("legalName", profile.legalName());
        values.put("vatId", profile.vatId());
        values.put("industry", profile.industry());
        values.put("language", profile.language());
        values.put("street", profile.street());
        values.put("postalCode", profile.postalCode());
        values.put("city", profile.city());
        values.put("country", profile.country());
        values.put("email", profile.email());
        values.put("phone", profile.phone());
        return values;
    }
}
