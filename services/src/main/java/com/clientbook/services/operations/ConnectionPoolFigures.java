package com.clientbook.services.operations;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data source pool's use as Payara's monitoring sees it, where it shows it. NOT YET WORKING on Payara 6.2025.9
 * as {@code ./clientbook} configures it: the AMX MBeans were not found there and every figure was NaN (MetricsIT);
 * docs/operations.md#metrics says what is open.
 * <p>
 * The figures: connections in use and free, requests waiting for one and
 * the average wait. Payara keeps these figures only while the monitoring level of {@code jdbc-connection-pool} is
 * {@code LOW} or {@code HIGH} ({@code ./clientbook} sets it; docs/operations.md#metrics says how elsewhere), and shows
 * them as AMX MBeans, which it starts on first request. Without them every figure is NaN, which Prometheus shows
 * as such instead of a made-up zero.
 */
final class ConnectionPoolFigures {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolFigures.class.getName());
    private static final String POOLS = "amx:type=jdbc-connection-pool-mon,*";
    private static final String BOOT_AMX = "amx-support:type=boot-amx";
    /** The application's pool: Payara names an application-scoped pool after its JNDI name. */
    private static final String OURS = "clientbook";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private volatile boolean amxStarted;
    private volatile boolean warned;

    double used() {
        return statistic("numconnused");
    }

    double free() {
        return statistic("numconnfree");
    }

    double waiting() {
        return statistic("waitqueuelength");
    }

    /** The average time a request waited for a connection, in seconds. */
    double averageWaitSeconds() {
        double millis = statistic("averageconnwaittime");
        return Double.isNaN(millis) ? millis : millis / 1000.0;
    }

    private double statistic(String attribute) {
        try {
            ObjectName pool = pool();
            if (pool == null) {
                return Double.NaN;
            }
            Object value = server.getAttribute(pool, attribute);
            if (value instanceof CompositeData data) {
                for (String key : new String[] {"current", "count"}) {
                    if (data.containsKey(key) && data.get(key) instanceof Number number) {
                        return number.doubleValue();
                    }
                }
            }
            return value instanceof Number number ? number.doubleValue() : Double.NaN;
        } catch (Exception e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "The connection pool's figures cannot be read; they stay NaN", e);
            }
            return Double.NaN;
        }
    }

    private ObjectName pool() throws Exception {
        ObjectName pool = find();
        if (pool == null && !amxStarted) {
            amxStarted = true;
            ObjectName boot = new ObjectName(BOOT_AMX);
            if (server.isRegistered(boot)) {
                server.invoke(boot, "bootAMX", null, null);
                pool = find();
            } else {
                warned = true;
                LOG.info("The connection pool's figures stay NaN: Payara's AMX monitoring MBeans are not available"
                        + " (no " + BOOT_AMX + ")");
            }
        }
        return pool;
    }

    private ObjectName find() throws Exception {
        Set<ObjectName> pools = server.queryNames(new ObjectName(POOLS), null);
        ObjectName ours = pools.stream()
                .filter(name -> name.toString().toLowerCase(Locale.ROOT).contains(OURS))
                .findFirst().orElse(null);
        if (ours == null && amxStarted && !warned) {
            warned = true;
            LOG.info(() -> "No monitoring figures of the application's connection pool (is the monitoring level of"
                    + " jdbc-connection-pool on?); pools monitored: " + pools);
        }
        return ours;
    }
}
