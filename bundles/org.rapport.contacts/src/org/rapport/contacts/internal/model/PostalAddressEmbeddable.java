package org.rapport.contacts.internal.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address with its label (home, work...). */
@Embeddable
public class PostalAddressEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "LABEL", length = 32)
    private String label;
    @Column(name = "STREET", length = 200)
    private String street;
    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;
    @Column(name = "CITY", length = 100)
    private String city;
    @Column(name = "REGION", length = 100)
    private String region;
    @Column(name = "COUNTRY", length = 100)
    private String country;

    protected PostalAddressEmbeddable() {
    }

    public PostalAddressEmbeddable(String label, String street, String postalCode, String city, String region, String country) {
        this.label = nonNull(label);
        this.street = nonNull(street);
        this.postalCode = nonNull(postalCode);
        this.city = nonNull(city);
        this.region = nonNull(region);
        this.country = nonNull(country);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public String getLabel() {
        return label;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getCountry() {
        return country;
    }

    @Override
    public String toString() {
        return String.join(", ", java.util.stream.Stream.of(street, (postalCode + " " + city).trim(), region, country)
                .filter(s -> !s.isBlank()).toList());
    }
}
