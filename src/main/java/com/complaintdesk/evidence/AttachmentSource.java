package com.complaintdesk.evidence;

/** Who sent a file: the integration that submitted the complaint, the customer through their link, or staff. */
public enum AttachmentSource {
  INTEGRATION,
  CUSTOMER,
  STAFF
}
