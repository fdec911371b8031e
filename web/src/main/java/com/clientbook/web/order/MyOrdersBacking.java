package com.clientbook.web.order;

import com.clientbook.services.order.OrderService;
import com.clientbook.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** {@code /customer/orders.xhtml}: the company's orders with all its vendors, newest first. */
@Named
@ViewScoped
public class MyOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    CurrentUser currentUser;

    private MyOrderListModel list;

    @PostConstruct
    void init() {
        list = new MyOrderListModel(orders, currentUser);
    }

    public MyOrderListModel getList() {
        return list;
    }
}
