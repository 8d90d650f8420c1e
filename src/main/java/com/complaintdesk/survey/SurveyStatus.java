package com.complaintdesk.survey;

public enum SurveyStatus { SENT, ANSWERED, EXPIRED }
