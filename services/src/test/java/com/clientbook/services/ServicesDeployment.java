package com.clientbook.services;

import com.clientbook.domain.company.Company;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.services.customer.CustomerService;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The one deployment the services' in-container tests share: one Payara Micro runs it for all of them
 * ({@link SharedPayaraMicro}; a boot of its own would cost each class 12-16 s). A WAR shaped like the EAR: the
 * domain, persistence and services modules as jars in {@code WEB-INF/lib} with their persistence.xml, migrations and
 * beans.xml, Flyway and the PostgreSQL driver beside them, and every compiled test class, among them the helpers
 * (the datasource the EAR declares in application.xml, {@link TestData}, {@link AdjustableClock}) and the test
 * classes themselves, so that the Micro the first class started can run the others.
 *
 * <p>The first call in a test run also makes the database {@value #DATABASE} afresh: the application migrates it at
 * deployment. The build gives Payara Micro the matching {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}.
 */
public final class ServicesDeployment {

    public static final String DATABASE = "clientbook_it_services";

    private ServicesDeployment() {
    }

    private static File[] libraries;

    public static synchronized WebArchive war() {
        if (libraries == null) {
            TestDatabase.recreate(DATABASE);
            libraries = Maven.resolver()
                    .loadPomFromFile("pom.xml")
                    .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-database-postgresql",
                            "org.postgresql:postgresql", "org.apache.commons:commons-csv", "org.apache.poi:poi-ooxml",
                            "io.micrometer:micrometer-registry-prometheus")
                    .withTransitivity()
                    .asFile();
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, "clientbook-services-it.war")
                .addAsLibraries(module(Company.class, "clientbook-domain.jar"),
                        module(DatabaseMigration.class, "clientbook-persistence.jar"),
                        module(CustomerService.class, "clientbook-services.jar"))
                .addAsLibraries(libraries)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        // all compiled test classes but SharedPayaraMicro (it needs the adapter, which the server has not) and its
        // registration under META-INF
        GenericArchive testClasses = ShrinkWrap.create(ExplodedImporter.class)
                .importDirectory(location(ServicesDeployment.class), path -> !path.get().startsWith("/META-INF")
                        && !path.get().contains(SharedPayaraMicro.class.getSimpleName()))
                .as(GenericArchive.class);
        return war.merge(testClasses, "/WEB-INF/classes");
    }

    /** A module's compiled classes and resources as a jar, whether the build has packaged them yet or not. */
    private static JavaArchive module(Class<?> member, String name) {
        File location = location(member);
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    /** Where the class was loaded from: a directory of compiled classes or a jar. */
    private static File location(Class<?> member) {
        try {
            return new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + member, e);
        }
    }
}
