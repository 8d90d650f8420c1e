package com.complaintdesk.investigation;

/** What an investigation could not confirm about a complaint; each is stated in the summary and the API. */
public enum Finding {
  /** the customer id is not in the customer records: tier STANDARD is assumed */
  CUSTOMER_UNKNOWN,
  /** the named order does not exist */
  ORDER_UNKNOWN,
  /** the named order belongs to another customer: not shown, not counted */
  ORDER_OF_ANOTHER_CUSTOMER,
  /** the named product is not in the catalogue */
  PRODUCT_UNKNOWN,
  /** the named product is not on the named order */
  PRODUCT_NOT_ON_ORDER
}
