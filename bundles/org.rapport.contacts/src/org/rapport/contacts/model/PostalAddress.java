package org.rapport.contacts.model;

import java.util.stream.Stream;

/** A postal address with its label (home, work...). Immutable. */
public final class PostalAddress {

    private final String label;
    private final String street;
    private final String postalCode;
    private final String city;
    private final String region;
    private final String country;

    public PostalAddress(String label, String street, String postalCode, String city, String region, String country) {
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
        return String.join(", ", Stream.of(street, (postalCode + " " + city).trim(), region, country)
                .filter(s -> !s.isBlank()).toList());
    }
}
