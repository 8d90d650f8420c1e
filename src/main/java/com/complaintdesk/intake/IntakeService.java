package com.complaintdesk.intake;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a complaint and starts its process in one transaction: both happen or neither does.
 * With an Idempotency-Key, a retry returns the first complaint; the database's unique key settles
 * concurrent retries.
 */
@Service
public class IntakeService {

  public static final String PROCESS_KEY = "complaint-resolution";

  private final ComplaintRepository complaints;
  private final RuntimeService runtimeService;
  private final ComplaintIdGenerator ids;
  private final RequestFingerprint fingerprint;
  private final TransactionTemplate transaction;

  public IntakeService(ComplaintRepository complaints, RuntimeService runtimeService, ComplaintIdGenerator ids,
      RequestFingerprint fingerprint, TransactionTemplate transaction) {
    this.complaints = complaints;
    this.runtimeService = runtimeService;
    this.ids = ids;
    this.fingerprint = fingerprint;
    this.transaction = transaction;
  }

  public IntakeResult submit(ComplaintRequest raw, String idempotencyKey) {
    ComplaintRequest request = raw.normalised();
    String hash = fingerprint.of(request);
    if (idempotencyKey != null) {
      Optional<IntakeResult> earlier = replay(idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      return new IntakeResult(transaction.execute(status -> register(request, idempotencyKey, hash)), false);
    } catch (DuplicateKeyException raceLost) {
      // a concurrent request with the same key committed first
      return replay(idempotencyKey, hash).orElseThrow(() -> raceLost);
    }
  }

  private Optional<IntakeResult> replay(String idempotencyKey, String hash) {
    return complaints.findByIdempotencyKey(idempotencyKey).map(existing -> {
      if (!existing.requestHash().equals(hash)) {
        throw new IdempotencyConflictException(idempotencyKey, existing.id());
      }
      return new IntakeResult(existing, true);
    });
  }

  private Complaint register(ComplaintRequest r, String idempotencyKey, String hash) {
    String id = ids.next();
    complaints.insert(newComplaint(id, r, idempotencyKey, hash));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, id, startVariables(r, id));
    complaints.linkProcessInstance(id, instance.getId());
    return complaints.get(id);
  }

  private static Complaint newComplaint(String id, ComplaintRequest r, String idempotencyKey, String hash) {
    return new Complaint(id, null, r.customerId(), r.customerName(), r.customerEmail(), r.orderId(),
        r.productSku(), r.category(), r.channel(), r.severity(), r.regulatory(), r.description(),
        ComplaintStatus.RECEIVED, null, null, null, null, idempotencyKey, hash, Instant.now(), null, null);
  }

  /** For a process already started (Tasklist's start form): stores the record in the engine's transaction. */
  public String registerStarted(ComplaintRequest r, String processInstanceId) {
    String id = ids.next();
    complaints.insert(newComplaint(id, r, null, fingerprint.of(r)));
    complaints.linkProcessInstance(id, processInstanceId);
    return id;
  }

  static Map<String, Object> startVariables(ComplaintRequest r, String id) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintId", id);
    variables.put("customerId", r.customerId());
    variables.put("customerName", r.customerName());
    variables.put("customerEmail", r.customerEmail());
    variables.put("orderId", r.orderId());
    variables.put("productSku", r.productSku());
    variables.put("category", r.category());
    variables.put("channel", r.channel());
    variables.put("severity", r.severity());
    variables.put("regulatory", r.regulatory());
    variables.put("description", r.description());
    variables.put("customerDisplayName", r.customerName() == null ? r.customerId() : r.customerName());
    return variables;
  }
}
