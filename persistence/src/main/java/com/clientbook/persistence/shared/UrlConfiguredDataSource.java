package com.clientbook.persistence.shared;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's simple data source, located by its JDBC URL alone; the data source the EAR declares in
 * {@code application.xml} (URL from {@code DB_URL}).
 *
 * <p>Payara hands every data source definition a server name, "localhost" when none is given, next to
 * the URL; set after the URL, that name replaced the URL's host, so a {@code DB_URL} naming another host
 * still connected to localhost. Here the URL decides the host: the separate server name is ignored.
 */
public class UrlConfiguredDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("deprecation")
    public void setServerName(String serverName) {
        // The host comes from the URL (setUrl); see the class comment.
    }
}
