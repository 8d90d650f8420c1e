package com.complaintdesk.notification;

import com.complaintdesk.complaint.ComplaintRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message that could not be sent after several attempts shows in Cockpit as an incident on its complaint
 * ({@value #TYPE}), in plain words; the relay keeps trying and resolves the incident once the message is out.
 */
class DeliveryIncidents {

  static final String TYPE = "mailNotSent";

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryIncidents.class);

  private final RuntimeService runtimeService;
  private final ComplaintRepository complaints;

  DeliveryIncidents(RuntimeService runtimeService, ComplaintRepository complaints) {
    this.runtimeService = runtimeService;
    this.complaints = complaints;
  }

  void open(long outboxId, OutboundMessage message, int attempts, String error) {
    String text = "The e-mail '" + describe(message) + "' to " + message.recipient() + " could not be sent after "
        + attempts + " attempts (" + error + "). It is tried again on its own; this incident closes when it is sent.";
    String execution = message.complaintId() == null ? null
        : complaints.findById(message.complaintId()).map(c -> c.processInstanceId())
            .map(this::whereTheComplaintWaits).orElse(null);
    if (execution == null) {
      LOG.error("{} (outbox message {}; no open complaint to show it on)", text, outboxId);
      return;
    }
    LOG.error("{} (outbox message {}, complaint {})", text, outboxId, message.complaintId());
    runtimeService.createIncident(TYPE, execution, configuration(outboxId), text);
  }

  /** An incident needs an execution at an activity: the first step the complaint's own process waits in. */
  private String whereTheComplaintWaits(String processInstanceId) {
    ActivityInstance root = runtimeService.getActivityInstance(processInstanceId);
    ActivityInstance node = root;
    while (node != null) {
      if (node.getChildTransitionInstances().length > 0) {
        return node.getChildTransitionInstances()[0].getExecutionId();
      }
      if (node.getChildActivityInstances().length == 0) {
        return node == root ? null : node.getExecutionIds()[0];
      }
      node = node.getChildActivityInstances()[0];
    }
    return null;
  }

  void resolve(long outboxId) {
    for (Incident incident : runtimeService.createIncidentQuery().incidentType(TYPE)
        .configuration(configuration(outboxId)).list()) {
      runtimeService.resolveIncident(incident.getId());
    }
  }

  private static String describe(OutboundMessage message) {
    return message.kind() == null ? message.subject() : OutboundMessage.kindInWords(message.kind());
  }

  private static String configuration(long outboxId) {
    return "outbox-message-" + outboxId;
  }
}
