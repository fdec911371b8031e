package com.clientbook.services;

import com.clientbook.domain.company.Company;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.services.customer.CustomerService;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The one deployment the services' in-container tests share (each deployment boots its own Payara Micro, about
 * 15 s). A WAR shaped like the EAR: the domain, persistence and services modules as jars in {@code WEB-INF/lib}
 * with their persistence.xml, migrations and beans.xml, Flyway and the PostgreSQL driver beside them, and the
 * test helpers, among them the datasource the EAR declares in application.xml.
 *
 * <p>Building it also makes the database {@value #DATABASE} afresh: the application migrates it at deployment.
 * The build gives Payara Micro the matching {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}.
 */
public final class ServicesDeployment {

    public static final String DATABASE = "clientbook_it_services";

    private ServicesDeployment() {
    }

    public static WebArchive war() {
        TestDatabase.recreate(DATABASE);
        File[] libraries = Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("org.flywaydb:flyway-core", "org.flywaydb:flyway-database-postgresql", "org.postgresql:postgresql",
                        "org.apache.commons:commons-csv", "org.apache.poi:poi-ooxml")
                .withTransitivity()
                .asFile();
        return ShrinkWrap.create(WebArchive.class, "clientbook-services-it.war")
                .addAsLibraries(module(Company.class, "clientbook-domain.jar"),
                        module(DatabaseMigration.class, "clientbook-persistence.jar"),
                        module(CustomerService.class, "clientbook-services.jar"))
                .addAsLibraries(libraries)
                .addClasses(TestData.class, LockWaits.class, com.clientbook.services.imports.ImportWaits.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** A module's compiled classes and resources as a jar, whether the build has packaged them yet or not. */
    private static JavaArchive module(Class<?> member, String name) {
        File location;
        try {
            location = new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + member, e);
        }
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }
}
