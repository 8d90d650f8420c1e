package com.complaintdesk.complaint;

public enum Channel { EMAIL, PHONE, WEB, CHAT, SOCIAL }
