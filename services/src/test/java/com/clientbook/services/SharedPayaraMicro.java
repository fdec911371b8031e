package com.clientbook.services;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro's Arquillian adapter, booting one Micro for all the services' test classes instead of one per class.
 * The adapter starts a Micro with the archive at {@code deploy} and kills it at {@code undeploy}: 12-16 s of boot
 * and deployment for every class, most of the services' test time. Every class deploys the same archive
 * ({@link ServicesDeployment#war()}, which carries all the test classes), so this keeps the Micro of the first
 * class running, answers the next classes' {@code deploy} with its address, and stops it when the suite ends. A class
 * with an archive of another name still gets a Micro of its own (the one running is stopped first).
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} in place of the
 * adapter's own container. Classes share the database, the clock ({@link AdjustableClock}, which each class using it
 * resets after each test) and the background workers, as the system tests share their server.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private final PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData running;

    /** Puts {@link SharedPayaraMicro} in the place of the adapter's container. */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        micro.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        micro.start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        }
        micro.stop();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return micro.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running != null && deployed.getName().equals(archive.getName())) {
            return running;
        }
        stopRunning();
        running = micro.deploy(archive);
        deployed = archive;
        return running;
    }

    /** Keeps the Micro for the next class; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        micro.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        micro.undeploy(descriptor);
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            Archive<?> stopping = deployed;
            running = null;
            deployed = null;
            micro.undeploy(stopping);
        }
    }
}
