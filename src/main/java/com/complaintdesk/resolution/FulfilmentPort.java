package com.complaintdesk.resolution;

import java.math.BigDecimal;

/** Carries a resolution out (refund, replacement, voucher, repair); returns the fulfilment reference. */
public interface FulfilmentPort {

  String fulfil(String complaintId, String resolutionType, BigDecimal amount);
}
