package com.complaintdesk.notification;

/**
 * A model entry of a letter that only the customer may read (a survey or upload link): the customer's copy has
 * {@code value}, staff's record of the letter {@code recordedAs} in its place.
 */
public record LetterSecret(String key, String value, String recordedAs) {}
