package com.clientbook.services.customer;

import java.io.Serializable;

/** How a vendor reaches a customer beyond its e-mail address: the company's phone and its first person's name. */
public record CustomerContact(String phone, String contactPerson) implements Serializable {
}
