package com.complaintdesk.complaint;

public enum Category { PRODUCT_DEFECT, DELIVERY, BILLING, SERVICE, SAFETY, OTHER }
