package com.clientbook.web.api.guard;

import com.clientbook.web.api.problem.Problem;
import com.clientbook.web.api.problem.Problem.FieldProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses a request whose query or path parameters hold a NUL character ({@code ?q=a%00}) with 400 naming each
 * parameter, before a resource passes it on: PostgreSQL cannot store or compare it. Runs after matching, when the
 * path parameters are known by name.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class NulInParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        TreeSet<String> fields = new TreeSet<>();
        collect(request.getUriInfo().getPathParameters(true), fields);
        collect(request.getUriInfo().getQueryParameters(true), fields);
        if (!fields.isEmpty()) {
            List<FieldProblem> errors = new ArrayList<>();
            fields.forEach(field -> errors.add(new FieldProblem(field, "holds a NUL character (%00); remove it.")));
            request.abortWith(Problem.response(Problem.of(Response.Status.BAD_REQUEST,
                    "A parameter of the request holds a NUL character, which no field may hold.").withErrors(errors)).build());
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> fields) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                          || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0);
            if (nul) {
                fields.add(parameter.getKey().replace('\0', '?'));
            }
        }
    }
}
