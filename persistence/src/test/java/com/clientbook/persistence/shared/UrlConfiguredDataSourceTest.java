package com.clientbook.persistence.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlConfiguredDataSourceTest {

    @Test
    @SuppressWarnings("deprecation")
    void theUrlsHostSurvivesTheServerNamePayaraSetsAfterIt() {
        var dataSource = new UrlConfiguredDataSource();
        dataSource.setUrl("jdbc:postgresql://db.example.org:6543/clientbook");
        dataSource.setServerName("localhost");

        assertArrayEquals(new String[] {"db.example.org"}, dataSource.getServerNames());
        assertArrayEquals(new int[] {6543}, dataSource.getPortNumbers());
        assertEquals("clientbook", dataSource.getDatabaseName());
    }

    @Test
    @SuppressWarnings("deprecation")
    void theUrlsHostHoldsWhenTheServerNameComesFirst() {
        var dataSource = new UrlConfiguredDataSource();
        dataSource.setServerName("localhost");
        dataSource.setUrl("jdbc:postgresql://db.example.org/clientbook");

        assertArrayEquals(new String[] {"db.example.org"}, dataSource.getServerNames());
    }
}
