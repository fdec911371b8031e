package com.clientbook.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /openapi}: the API's contract, the document committed as docs/api/openapi.yaml (which the build packs
 * into this module), as YAML or JSON by the request's {@code Accept} header, or by {@code ?format=yaml|json}, which
 * wins over the header as it does on Payara's own endpoint.
 * <p>
 * Payara's MicroProfile OpenAPI endpoint answers only {@code text/plain} and {@code application/json} and refuses
 * {@code Accept: application/yaml} with 406, so the domain moves it to {@code /openapi-scanned}
 * ({@code ./clientbook}'s pre-boot commands; docs/api-contract.md), where OpenApiDocumentIT checks that what Payara
 * scans from the code is still this committed contract. Served from here, every client gets the reviewed document.
 */
@WebServlet(name = "OpenApiDocument", urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiDocument extends HttpServlet {

    /** Where the build puts docs/api/openapi.yaml in this module's classes. */
    static final String RESOURCE = "/openapi/openapi.yaml";

    /** The media types served, in the order that breaks a tie between equally acceptable ones. */
    static final List<Representation> REPRESENTATIONS = List.of(
            new Representation("application/yaml", Format.YAML),
            new Representation("application/json", Format.JSON),
            new Representation("text/yaml", Format.YAML),
            new Representation("application/x-yaml", Format.YAML),
            new Representation("text/plain", Format.YAML));

    enum Format { YAML, JSON }

    record Representation(String mediaType, Format format) {
    }

    private byte[] yaml;
    private byte[] json;

    @Override
    public void init() throws ServletException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ServletException(RESOURCE + " is missing from the web module: the build copies it from "
                        + "docs/api/openapi.yaml");
            }
            yaml = in.readAllBytes();
            json = new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new ServletException("Could not read the API's contract " + RESOURCE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        Optional<Representation> chosen;
        if (format != null) {
            chosen = byFormat(format);
            if (chosen.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "format must be yaml or json, not '"
                        + format.replaceAll("\\p{Cntrl}", "?") + "'");
                return;
            }
        } else {
            chosen = negotiate(request.getHeader("Accept"));
            if (chosen.isEmpty()) {
                refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "This document is served as application/yaml (also text/yaml, text/plain) or application/json");
                return;
            }
        }
        byte[] body = chosen.get().format() == Format.JSON ? json : yaml;
        response.setContentType(chosen.get().mediaType() + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void refuse(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Representation> byFormat(String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "yaml" -> Optional.of(REPRESENTATIONS.get(0));
            case "json" -> Optional.of(REPRESENTATIONS.get(1));
            default -> Optional.empty();
        };
    }

    /**
     * The representation the {@code Accept} header prefers (RFC 9110, 12.5.1): for each one served, the quality of
     * the most specific media range that matches it; the highest quality above 0 wins, a tie goes to the earlier in
     * {@link #REPRESENTATIONS}. No header, or an empty one, accepts anything.
     */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(REPRESENTATIONS.get(0));
        }
        List<MediaRange> ranges = MediaRange.parseAll(accept);
        Representation best = null;
        double bestQuality = 0;
        for (Representation representation : REPRESENTATIONS) {
            double quality = MediaRange.quality(ranges, representation.mediaType());
            if (quality > bestQuality) {
                best = representation;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One element of an {@code Accept} header: {@code type/subtype}, either of them {@code *}, and its quality. */
    record MediaRange(String type, String subtype, double quality) {

        static List<MediaRange> parseAll(String header) {
            return Arrays.stream(header.split(","))
                    .map(MediaRange::parse)
                    .flatMap(Optional::stream)
                    .toList();
        }

        static Optional<MediaRange> parse(String element) {
            String[] parts = element.split(";");
            String[] name = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
            if (name.length != 2 || name[0].isEmpty() || name[1].isEmpty()) {
                return Optional.empty();
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2))));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new MediaRange(name[0], name[1], quality));
        }

        /** 2 for an exact match, 1 for a range of the type ({@code text/*}), 0 for any type, -1 for no match. */
        int specificity(String mediaType) {
            String[] name = mediaType.split("/");
            if (type.equals("*")) {
                return subtype.equals("*") ? 0 : -1;
            }
            if (!type.equals(name[0])) {
                return -1;
            }
            return subtype.equals("*") ? 1 : subtype.equals(name[1]) ? 2 : -1;
        }

        static double quality(List<MediaRange> ranges, String mediaType) {
            int mostSpecific = -1;
            double quality = 0;
            for (MediaRange range : ranges) {
                int specificity = range.specificity(mediaType);
                if (specificity > mostSpecific) {
                    mostSpecific = specificity;
                    quality = range.quality();
                }
            }
            return quality;
        }
    }
}
